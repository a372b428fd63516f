-- wrk script for bench/soak.sh: the read mix of bench/mixed-body.lua (loaded as it is, its own writes turned off), plus
-- $WRK_WRITE_PERCENT (default 5) % upsertStudy writes generated here so that each one can be checked afterwards.
-- Each wrk thread owns the studies soak-T-0 .. soak-T-(WRK_SOAK_STUDIES-1) and never sends a write for a study whose
-- previous write is still unanswered, so per study the last acknowledged write is the newest that can have committed
-- (the rule bench/kill9-verify.mjs checks). Version V of a study has 1 + V % 4 findings, each tagged "vV", and the
-- title "vV soak-T-K" (the scheme of bench/kill9-writer.mjs); the answer selects the title, which tells which study an
-- answer belongs to. Each acknowledged write (200, no errors, the study in the payload) is appended to
-- $WRK_ACK_LOG.T as "id version". Vocabulary of the generated bundle: $WRK_SOAK_THEMES (two theme ids, comma
-- separated), $WRK_SOAK_GROUP (a stakeholder group id), $WRK_SOAK_METHOD (a method id).
-- Last lines printed: mixed-body.lua's "rps=... errors=N status5xx=N", then "statuses 200=N ..." and "writes sent=N
-- acknowledged=N refused=N".
local write_percent = tonumber(os.getenv("WRK_WRITE_PERCENT") or "5")
local environment_getter = os.getenv
-- mixed-body.lua reads WRK_WRITE_PERCENT for its own writes: show it 0 while it loads.
os.getenv = function(name) if name == "WRK_WRITE_PERCENT" then return "0" end return environment_getter(name) end
dofile("bench/mixed-body.lua")
os.getenv = environment_getter

local read_request, count_response, print_summary, reads_init = request, response, done, init
local key = assert(os.getenv("WRK_API_KEY"), "WRK_API_KEY not set")
local themes = {}
for theme in assert(os.getenv("WRK_SOAK_THEMES"), "WRK_SOAK_THEMES not set"):gmatch("[^,]+") do themes[#themes + 1] = theme end
local group = assert(os.getenv("WRK_SOAK_GROUP"), "WRK_SOAK_GROUP not set")
local method = assert(os.getenv("WRK_SOAK_METHOD"), "WRK_SOAK_METHOD not set")
local study_count = tonumber(os.getenv("WRK_SOAK_STUDIES") or "200")
local write_headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. key }
local mutation = "mutation($input: StudyInput!) { upsertStudy(input: $input) { study { title } errors { message } } }"

local reads_setup, soak_threads = setup, {}
function setup(thread)
  reads_setup(thread)
  thread:set("thread_index", #soak_threads)
  table.insert(soak_threads, thread)
end

local busy, version, log = {}, 0, nil
sent, acknowledged, refused = 0, 0, 0
function init(args)
  reads_init(args)
  log = assert(io.open(assert(os.getenv("WRK_ACK_LOG"), "WRK_ACK_LOG not set") .. "." .. thread_index, "w"))
  log:setvbuf("line")
end

local function quoted(text) return '"' .. text .. '"' end

local function write_body(id, v)
  local findings = {}
  for i = 0, v % 4 do
    findings[#findings + 1] = string.format(
      '{"id":"%s/f%d","themeId":%s,"perspectiveIds":[%s],"statement":"v%d finding %d"}',
      id, i, quoted(themes[i % #themes + 1]), quoted(group), v, i)
  end
  local input = string.format(
    '{"id":"%s","title":"v%d %s","year":2020,"methodIds":[%s],"participants":[{"groupId":%s,"count":%d}],' ..
    '"findings":[%s],"source":{"file":"soak.txt"}}',
    id, v, id, quoted(method), quoted(group), 1 + v % 100, table.concat(findings, ","))
  return string.format('{"query":%s,"variables":{"input":%s}}', quoted(mutation), input)
end

function request()
  if math.random() * 100 < write_percent then
    local k = math.random(0, study_count - 1)
    local id = "soak-" .. thread_index .. "-" .. k
    if not busy[id] then
      busy[id] = true
      version = version + 1
      sent = sent + 1
      return wrk.format("POST", nil, write_headers, write_body(id, version))
    end
  end
  return read_request()
end

function response(status, headers, body)
  count_response(status, headers, body)
  local name = "status_" .. status
  _G[name] = (_G[name] or 0) + 1
  if not body or not string.find(body, '"upsertStudy"', 1, true) then return end
  local v, id = string.match(body, '"title":"v(%d+) (soak%-%d+%-%d+)"')
  if not id then
    refused = refused + 1
    io.stderr:write("write refused: " .. string.sub(body, 1, 300) .. "\n")
    return
  end
  busy[id] = nil
  if status == 200 and string.find(body, '"errors":[]', 1, true) and not string.find(body, '"errors":[{', 1, true) then
    acknowledged = acknowledged + 1
    log:write(id, " ", v, "\n")
  else
    refused = refused + 1
    io.stderr:write("write refused: " .. string.sub(body, 1, 300) .. "\n")
  end
end

function done(summary, latency, requests)
  print_summary(summary, latency, requests)
  local counts, totals = {}, { sent = 0, acknowledged = 0, refused = 0 }
  for status = 100, 599 do
    local n = 0
    for _, t in ipairs(soak_threads) do n = n + (t:get("status_" .. status) or 0) end
    if n > 0 then counts[#counts + 1] = status .. "=" .. n end
  end
  for _, t in ipairs(soak_threads) do
    for name in pairs(totals) do totals[name] = totals[name] + t:get(name) end
  end
  io.write("statuses ", table.concat(counts, " "), "\n")
  io.write(string.format("writes sent=%d acknowledged=%d refused=%d\n", totals.sent, totals.acknowledged, totals.refused))
end
