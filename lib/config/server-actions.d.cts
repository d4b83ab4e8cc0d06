export type ActionAvailability = 'ok' | 'unknown' | 'elsewhere'
type ActionManifest = { node: Record<string, { workers: Record<string, unknown> }> }
type RoutesManifest = { staticRoutes: { page: string; regex: string }[]; dynamicRoutes: { page: string; regex: string }[] }
export function createActionTable(actionManifest: ActionManifest, routesManifest: RoutesManifest): (actionId: string, pathname: string) => ActionAvailability
export function actionAvailability(actionId: string, pathname: string): ActionAvailability
