// `npm test`: every check, in order, stopping at the first that fails; ends with the time each stage took.
import { spawnSync } from 'node:child_process'

const stages = ['audit', 'typecheck', 'lint', 'test:unit', 'test:e2e', 'crash-test']

const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(0)} s`
const timings = []
const started = Date.now()
let failed

for (const stage of stages) {
  const stageStarted = Date.now()
  const result = spawnSync('npm', ['run', stage], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  timings.push([stage, Date.now() - stageStarted])
  if (result.status !== 0) {
    failed = stage
    break
  }
}

console.log('\nnpm test, time per stage:')
for (const [stage, milliseconds] of timings) console.log(`  ${stage.padEnd(12)} ${seconds(milliseconds).padStart(6)}`)
console.log(`  ${'total'.padEnd(12)} ${seconds(Date.now() - started).padStart(6)}`)
if (failed) {
  console.error(`npm test failed at ${failed}.`)
  process.exit(1)
}
console.log('npm test passed.')
