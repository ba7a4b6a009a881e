-- wrk: the matching API with a random loaded id per request (ids written by hooks/matching-load.sh).
--   WHAT=ranking     IDS=matching-participants.txt: GET /api/matching/participants/{id}/placements (open placements for one participant)
--   WHAT=candidates  IDS=matching-placements.txt:   GET /api/matching/placements/{id}/candidates (participants of the caller's unit)
-- The token comes as wrk's -H "Authorization: Bearer …" (wrk.headers); the API's default limit (50). Non-2xx
-- answers are counted by wrk.
local paths = {
  ranking = "/api/matching/participants/%s/placements",
  candidates = "/api/matching/placements/%s/candidates",
}
local path = assert(paths[os.getenv("WHAT") or ""], "WHAT must be ranking or candidates")
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
assert(#ids > 0, "no ids in " .. os.getenv("IDS"))

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
  return wrk.format("GET", string.format(path, ids[math.random(#ids)]))
end
