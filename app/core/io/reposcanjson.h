#pragma once

#include "reposcanner.h"

#include <QByteArray>
#include <QJsonObject>

// The scan as one JSON object (the `--scan-repo --json` output):
//   {"path": "/abs/dir", "score": 0-100,
//    "items": [{"id": "readme", "passed": true,
//               "evidence": [{"file": "README.md", "line": 19, "text": "## Install"}]}, ...]}
// Items in checklist order with the ReadinessItem ids; "line" is left out where there is none,
// "text" where it is empty; "omitted" appears on an item whose evidence was cut short.
namespace RepoScanJson {

QJsonObject toJson(const RepoScanner::Result &result);
QByteArray toBytes(const RepoScanner::Result &result); // indented, ends with a newline

} // namespace RepoScanJson
