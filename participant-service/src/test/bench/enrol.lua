-- wrk script: POST /api/participants with a fresh, valid personnummer on every request.
-- Usage: TOKEN=... wrk -t8 -c8 -d30s --latency -s enrol.lua http://localhost:PORT/api/participants
-- Each wrk thread takes its own slice of birth dates (1960-01-01 onwards, one day per 998 requests), and
-- birth numbers 001..998 within the day, so numbers never repeat across threads or runs with another SEED.
local token = os.getenv("TOKEN")
-- RATE (requests/s over all connections, optional): each connection waits between requests so the whole run
-- offers about that rate; without it every connection sends as fast as it is answered (the maximum).
local rate = tonumber(os.getenv("RATE") or "")
local connections = tonumber(os.getenv("CONNECTIONS") or "8")
local seed = tonumber(os.getenv("SEED") or "0")
local threads = {}
local counter = 0
local tid = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  tid = tonumber(wrk.thread:get("tid")) or 0
end

local function luhn(nine)
  local sum = 0
  for i = 1, 9 do
    local d = tonumber(nine:sub(i, i)) * ((i % 2 == 1) and 2 or 1)
    if d > 9 then d = d - 9 end
    sum = sum + d
  end
  return (10 - sum % 10) % 10
end

local function personnummer(n)
  local day = os.time({ year = 1960, month = 1, day = 1, hour = 12 }) + math.floor(n / 998) * 86400
  local serial = string.format("%03d", n % 998 + 1)
  local d = os.date("*t", day)
  local nine = string.format("%02d%02d%02d%s", d.year % 100, d.month, d.day, serial)
  return string.format("%04d%02d%02d-%s%d", d.year, d.month, d.day, serial, luhn(nine))
end

request = function()
  -- 8 threads x 100 000 requests each before two threads could meet; SEED 0..19 shifts whole runs apart
  -- (the dates stay before 2004, so everyone is old enough to enrol).
  local n = seed * 800000 + tid * 100000 + counter
  counter = counter + 1
  local body = '{"personnummer":"' .. personnummer(n) .. '","attributes":{"firstName":"Bench","lastName":"Mark",'
    .. '"educationLevel":"gymnasial","swedishLevel":"modersmal","referralSource":"ekonomiskt-bistand",'
    .. '"assistanceSince":"2025-01-01","occupationInterests":["5321"]}}'
  return wrk.format("POST", nil, { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function delay()
  if rate then
    return math.floor(1000 * connections / rate)
  end
  return 0
end
