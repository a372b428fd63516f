-- wrk script for the mixed read/write run: each request is a write (a body of $WRK_WRITES_FILE, sent with
-- "Authorization: Bearer $WRK_API_KEY") with probability $WRK_WRITE_PERCENT (default 5) %, else the next read body of
-- $WRK_BODIES_FILE. Bodies: one JSON body per line (bench/distinct-bodies.mjs). The write bodies upsert a study as it
-- is in the bundle, each with its study's title changed (a counter in front), so that every write really changes
-- the study; WRK_WRITE_CHANGE=0 sends them as they are, which the store finds unchanged and skips. Errors: non-2xx responses,
-- GraphQL errors and non-empty payload errors. Last line printed:
--   rps=... p50_ms=... p99_ms=... errors=N status5xx=N
local function lines(name)
  local list = {}
  local file = assert(io.open(assert(os.getenv(name), name .. " not set"), "rb"))
  for line in file:read("*a"):gmatch("[^\n]+") do list[#list + 1] = line end
  file:close()
  return list
end
local reads, writes = lines("WRK_BODIES_FILE"), lines("WRK_WRITES_FILE")
local write_percent = tonumber(os.getenv("WRK_WRITE_PERCENT") or "5")
local read_headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local write_headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. assert(os.getenv("WRK_API_KEY"), "WRK_API_KEY not set") }
local next_read, next_write = 1, 1
local write_change, writes_sent, run = os.getenv("WRK_WRITE_CHANGE") ~= "0", 0, 0

local threads = {}
function setup(thread)
  thread:set("first", #threads * 7919)
  table.insert(threads, thread)
end

function init()
  next_read = (first or 0) % #reads + 1
  next_write = (first or 0) % #writes + 1
  math.randomseed(42 + (first or 0))
  -- Each run's titles its own, so that no run's writes repeat an earlier run's (those would be unchanged).
  run = os.time()
end

function request()
  if math.random() * 100 < write_percent then
    local body = writes[next_write]
    next_write = next_write % #writes + 1
    if write_change then
      writes_sent = writes_sent + 1
      body = body:gsub('"title":"', '"title":"rev ' .. run .. "-" .. (first or 0) .. "-" .. writes_sent .. ' ', 1)
    end
    return wrk.format("POST", nil, write_headers, body)
  end
  local body = reads[next_read]
  next_read = next_read % #reads + 1
  return wrk.format("POST", nil, read_headers, body)
end

failed, status5xx = 0, 0
function response(status, _, body)
  if status >= 500 then status5xx = status5xx + 1 end
  if status < 200 or status > 299 or (body and string.find(body, '"errors":[{', 1, true)) then
    failed = failed + 1
  end
end

function done(summary, latency)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local s5 = 0
  for _, t in ipairs(threads) do errors = errors + t:get("failed"); s5 = s5 + t:get("status5xx") end
  local secs = summary.duration / 1e6
  io.write(string.format("rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d status5xx=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, s5))
end
