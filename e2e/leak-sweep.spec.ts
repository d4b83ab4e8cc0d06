import { baseURL } from '../playwright.config'
import { test } from './support/fixtures'
import { sweepForLeaks } from './support/leak-sweep'

test('no anonymous output holds a members-only sentence, before and after members have read everything', async ({
  request,
  readerPage,
}) => {
  test.setTimeout(360_000)
  const { responses, secrets } = await sweepForLeaks(request, readerPage)
  console.log(`Leak sweep: ${responses} anonymous responses checked twice against ${secrets} sentences (${baseURL}).`)
})
