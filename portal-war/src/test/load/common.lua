-- shared by the scripts: the users file, a per-thread random stream, and the percentiles at the end
dofile(os.getenv("USERS_FILE"))
local counter = 0

function pick()
  counter = counter + 1
  return users[math.random(#users)]
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms\np95 %.2f ms\np99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("errors connect %d read %d write %d status %d timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
