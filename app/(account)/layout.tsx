import { SiteChrome } from '@/app/_components/site-chrome'

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}
