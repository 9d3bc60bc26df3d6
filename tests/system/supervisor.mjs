// "The shop comes back by itself": a service started by serve() (scripts/main.mjs)
// is killed with SIGKILL — its whole process group, as a crash or the OOM killer
// would leave it — and must answer again without anyone starting it.
//
//   const [backend, storefront] = await serve(url)
//   const { problems, recoveryMs } = await checkComesBack(storefront, `http://localhost:${port}/robots.txt`)

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return res.status < 500
  } catch {
    return false
  }
}

export async function checkComesBack(service, url, { timeoutMs = 180000 } = {}) {
  const problems = []
  if (typeof service?.whenBack !== "function") return { problems: [`${service?.name ?? "service"} is not supervised`], recoveryMs: 0 }
  if (!(await answers(url))) problems.push(`${url} did not answer before the kill`)
  const oldPid = service.pid()
  const restart = service.restarts + 1
  const killedAt = Date.now()
  process.kill(-oldPid, "SIGKILL")

  // seen from outside: down first, then up again
  let wentDown = false
  while (Date.now() - killedAt < 10000 && !(wentDown = !(await answers(url)))) await sleep(100)
  if (!wentDown) problems.push(`${url} still answered after ${service.name} was killed`)
  let up = false
  while (Date.now() - killedAt < timeoutMs && !(up = await answers(url))) await sleep(250)
  const recoveryMs = Date.now() - killedAt
  if (!up) problems.push(`${service.name} was not back within ${timeoutMs / 1000} s of the kill`)
  else {
    const back = await service.whenBack(restart, 5000).catch((e) => problems.push(e.message))
    if (back && service.pid() === oldPid) problems.push(`${service.name} answered, but from the killed process (pid ${oldPid})`)
  }
  return { problems, recoveryMs }
}
