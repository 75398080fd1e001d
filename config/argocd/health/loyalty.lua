-- Argo CD health check for loyalty.tally.dev/v1alpha1 objects. The five kinds share one
-- status shape: status.observedGeneration (-1 until the controller has looked at the object)
-- and status.conditions with Ready and Reconciling. Argo CD opens only the base and table
-- libraries, so this script uses neither string nor math.

local hs = {
  status = "Progressing",
  message = "Waiting for the controller to observe the object"
}

if obj.metadata ~= nil and obj.metadata.deletionTimestamp ~= nil then
  hs.message = "Pending deletion"
  if obj.metadata.finalizers ~= nil and #obj.metadata.finalizers > 0 then
    hs.message = "Pending deletion; blocked by finalizers: " .. table.concat(obj.metadata.finalizers, ", ")
  end
  return hs
end

local generation = nil
if obj.metadata ~= nil then
  generation = obj.metadata.generation
end
if generation ~= nil then
  hs.message = "Waiting for the controller to observe generation " .. generation
end

-- Not looked at yet, or status describes an older spec.
if obj.status == nil or obj.status.observedGeneration == nil or obj.status.observedGeneration < 0 then
  return hs
end
if generation ~= nil and obj.status.observedGeneration < generation then
  return hs
end

local ready = nil
local reconciling = nil
if obj.status.conditions ~= nil then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "Ready" then
      ready = condition
    elseif condition.type == "Reconciling" then
      reconciling = condition
    end
  end
end

-- A Ready condition written for an older generation says nothing about this one.
if ready ~= nil and generation ~= nil and ready.observedGeneration ~= nil and ready.observedGeneration < generation then
  return hs
end

local function messageOf(condition, fallback)
  if condition ~= nil and condition.message ~= nil and condition.message ~= "" then
    return condition.message
  end
  return fallback
end

-- The controller is still working towards this generation.
if reconciling ~= nil and reconciling.status == "True" then
  hs.message = messageOf(reconciling, messageOf(ready, "Reconciling"))
  return hs
end

if ready == nil then
  hs.message = "Waiting for the Ready condition"
  return hs
end

if ready.status == "True" then
  hs.status = "Healthy"
  hs.message = messageOf(ready, "")
  return hs
end

if ready.status == "False" then
  if ready.reason == "Reconciling" then
    hs.message = messageOf(ready, "Reconciling")
    return hs
  end
  -- The message names the field to fix.
  hs.status = "Degraded"
  hs.message = messageOf(ready, ready.reason or "Not ready")
  return hs
end

-- Ready is Unknown (or has no status yet).
hs.message = messageOf(ready, "Waiting for Ready")
return hs
