-- wrk script for scripts/load.sh. WORKLOAD picks what each request is:
--   mixed    70 % GET /claims/{id}, 15 % GET /claims?status=, 10 % POST /claims/{id}/evidence,
--            5 % POST /analyze
--   read     GET /claims/{id}       list     GET /claims?status=
--   evidence POST /claims/{id}/evidence      analyze  POST /analyze
--   live     GET /q/health/live (the trivial endpoint the others are compared with)
--   register POST /claims (a new text each time)   search   POST /claims/search (a text of the same shape)
--   check    POST /check of a 1,000-word article (50 sentences, new each time)
-- IDS names a Lua file that sets claim_ids and source_ids; API_KEY is an editor's key.

local workload = os.getenv("WORKLOAD") or "mixed"
local key = os.getenv("API_KEY")
dofile(os.getenv("IDS"))

local statuses = { "UNVERIFIED", "RUMOUR", "CONTESTED", "CONFIRMED", "LIKELY_TRUE", "UNPROVEN", "LIKELY_FALSE", "FALSE" }
local stances = { "SUPPORTS", "REFUTES", "CONTEXT" }
local excerpts = {
  "Officials confirmed the shipment of gold bars to the border.",
  "Reportedly the payment went through a bank in Dubai, sources say.",
  "The ministry denied that any drones were delivered.",
}
local article = "Sources say Moscow reportedly paid for the drones with at least 1.8 tons of gold bars. "
  .. "The central bank published its reserves on Monday, showing a fall of 2 tons since March. "
  .. "Analysts think a second payment can't be ruled out, while the ministry declined to comment. "
  .. "According to the customs register, three cargo flights left Tehran in October."

local json = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }
local plain = { ["Authorization"] = "Bearer " .. key }

local function pick(list) return list[math.random(#list)] end

local function read_claim() return wrk.format("GET", "/claims/" .. pick(claim_ids), plain) end
local function list_claims() return wrk.format("GET", "/claims?status=" .. pick(statuses), plain) end
local function analyze()
  return wrk.format("POST", "/analyze", json, '{"text":"' .. article .. '"}')
end
local function add_evidence()
  local body = string.format(
    '{"sourceId":"%s","stance":"%s","credibility":%d,"url":"https://evidence.example/load/%d","excerpt":"%s"}',
    pick(source_ids), pick(stances), math.random(6), math.random(1000000), pick(excerpts))
  return wrk.format("POST", "/claims/" .. pick(claim_ids) .. "/evidence", json, body)
end
local function live() return wrk.format("GET", "/q/health/live") end

-- Texts of the same shape for registration and search, each new: both embed one text, so the
-- difference between their rates is what a registration writes.
local places = { "Tessaly", "Vantor", "Kelvara", "Ostrel", "Morvane", "Paldor", "Quarn", "Velmora" }
local things = { "water utility", "harbour", "power plant", "airport", "hospital", "school district" }
local counter = 0
local function claim_text()
  counter = counter + 1
  return string.format("The council of %s sold the %s to a private fund for %d million euros in %d (%d-%d)",
    pick(places), pick(things), math.random(900) + 10, 2000 + math.random(26), seed or 0, counter)
end
local function register()
  return wrk.format("POST", "/claims", json, '{"text":"' .. claim_text() .. '"}')
end
local function search()
  return wrk.format("POST", "/claims/search", json, '{"text":"' .. claim_text() .. '","limit":5}')
end
-- A new article each time (its sentences numbered by thread and request), as a CMS sends drafts:
-- the service remembers recent sentences' embeddings, and the same article again would skip them.
local function check()
  counter = counter + 1
  local sentences = {}
  for i = 1, 50 do
    sentences[i] = string.format("The council of %s said on Monday that the %s had been sold to a fund for %d "
      .. "million euros last year (%d-%d).", places[(i % 8) + 1], things[(i % 6) + 1], i * 7, seed or 0, counter)
  end
  return wrk.format("POST", "/check", json, '{"text":"' .. table.concat(sentences, " ") .. '"}')
end

local function mixed()
  local r = math.random(100)
  if r <= 70 then return read_claim()
  elseif r <= 85 then return list_claims()
  elseif r <= 95 then return add_evidence()
  else return analyze() end
end

local kinds = { mixed = mixed, read = read_claim, list = list_claims, evidence = add_evidence,
                analyze = analyze, live = live, register = register, search = search, check = check }
request = kinds[workload]
if request == nil then error("unknown WORKLOAD " .. workload) end

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count * 7919)
end

function init(args)
  math.randomseed(seed or os.time())
end
