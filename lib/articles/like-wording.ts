// Shared by the server-rendered like line and the optimistic client button.
export type LikeState = { count: number; liked: boolean }

export function likeWording({ count, liked }: LikeState): string {
  if (count <= 0) return 'Be the first to like this.'
  if (liked) {
    const others = count - 1
    if (others === 0) return 'You like this'
    return `You and ${others} ${others === 1 ? 'other' : 'others'} like this`
  }
  return count === 1 ? '1 person likes this' : `${count} people like this`
}
