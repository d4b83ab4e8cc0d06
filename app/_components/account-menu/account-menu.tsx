import { hasRole, required } from '@/lib/auth/roles'
import { getViewer } from '@/lib/auth/session'
import { AnonymousMenu } from './anonymous-menu'
import { SignedInMenu } from './signed-in-menu'

/** The header's menu on pages rendered per request, which read the session themselves. */
export async function AccountMenu() {
  const viewer = await getViewer()
  if (!viewer) return <AnonymousMenu />
  return <SignedInMenu name={viewer.name} staff={hasRole(viewer.role, required.desk)} />
}
