import { HomeView, homeMetadata } from '@/app/_components/home-view'

export const generateMetadata = homeMetadata

export default function MemberHomePage() {
  return <HomeView />
}
