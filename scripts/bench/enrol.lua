-- wrk script for ./suite bench: POST /api/participants, each request a new person (a valid, unique
-- personnummer: birth date, serial and Luhn digit), as the case officer whose token is in BENCH_TOKEN.
-- BENCH_DELAY_MS paces each connection (70 % of the maximum); BENCH_BASE picks where this run's numbers start.
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("BENCH_TOKEN")
  pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
  next_n = tonumber(os.getenv("BENCH_BASE") or "0") + tid * 1000000
end

local function luhn(digits)
  local sum = 0
  for i = 1, #digits do
    local d = tonumber(digits:sub(i, i)) * ((i % 2 == 1) and 2 or 1)
    if d > 9 then d = d - 9 end
    sum = sum + d
  end
  return (10 - sum % 10) % 10
end

local function personnummer(n)
  local days = math.floor(n / 998) % 16000
  local serial = n % 998 + 1
  local t = os.date("!*t", os.time({year = 1960, month = 1, day = 1, hour = 12}) + days * 86400)
  local nine = string.format("%02d%02d%02d%03d", t.year % 100, t.month, t.day, serial)
  return string.format("%04d%02d%02d-%03d%d", t.year, t.month, t.day, serial, luhn(nine))
end

function request()
  next_n = next_n + 1
  local body = '{"personnummer":"' .. personnummer(next_n) .. '","attributes":{"firstName":"Bench",'
    .. '"lastName":"Mätning","educationLevel":"gymnasial","referralSource":"annan"}}'
  return wrk.format("POST", "/api/participants",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function delay()
  return pause
end
