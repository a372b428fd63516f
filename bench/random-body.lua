-- wrk script: POSTs, in turn, the JSON bodies of $WRK_BODIES_FILE (one per line; each wrk thread starts at its own
-- offset, moved on by $WRK_BODIES_START when set, so that successive runs need not replay the same bodies) and counts as errors non-2xx responses and 2xx responses carrying GraphQL "errors". Last line printed:
--   rps=... p50_ms=... p99_ms=... errors=N   (the same as ../shared/peer/load/post.lua)
local bodies = {}
local file = assert(io.open(assert(os.getenv("WRK_BODIES_FILE"), "WRK_BODIES_FILE not set"), "rb"))
for line in file:read("*a"):gmatch("[^\n]+") do
  bodies[#bodies + 1] = line
end
file:close()
local next_body = 1
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

local threads = {}
function setup(thread)
  thread:set("first", #threads * 7919)
  table.insert(threads, thread)
end

local start = tonumber(os.getenv("WRK_BODIES_START") or "0")

function init()
  next_body = ((first or 0) + start) % #bodies + 1
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, headers, body)
end

failed = 0
function response(status, _, body)
  if status < 200 or status > 299 or (body and string.find(body, '"errors":', 1, true)) then
    failed = failed + 1
  end
end

function done(summary, latency)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, t in ipairs(threads) do errors = errors + t:get("failed") end
  local secs = summary.duration / 1e6
  io.write(string.format("rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
