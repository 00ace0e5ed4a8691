#pragma once

#include "domain/checklistentry.h"
#include "domain/scanevidence.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// Scans a local checkout for the readiness checklist (domain/readinessitem.h): README and its
// install/usage sections, tests, CI, environment and container files, licence, coverage,
// architecture documents, quantified results and a target in the README, and findings that
// fail an item: absolute paths in code and notebooks, likely secrets, a committed .env.
//
// - Never enters .git, node_modules, virtual environments, caches or build folders
//   (ScanRules::isSkippedDir).
// - Reads at most Options::headBytes of any file, and nothing of images, archives, models and
//   data; a file with a NUL byte near its start is treated as binary.
// - Follows a symlink only when its target lies inside the folder and was not visited yet, so
//   links out of the folder are ignored and loops finish.
// - Secrets appear only masked, in every evidence text.
// - Safe to run on a worker thread; CANCEL is polled between files, PROGRESS called every few
//   files with the number of files seen.
struct RepoScanOptions
{
    qint64 headBytes = 256 * 1024; // read at most this much of any file
    int maxEvidencePerItem = 50; // findings beyond it are only counted
};

class RepoScanner
{
public:
    using Options = RepoScanOptions;

    struct Item
    {
        QString id; // a ReadinessItem id
        bool passed = false;
        QList<ScanEvidence> evidence; // what was found, and where
        int omitted = 0; // findings beyond Options::maxEvidencePerItem
    };

    struct Result
    {
        QString path; // the folder, absolute and clean
        QString error; // set when the folder is missing or unreadable
        bool cancelled = false;
        QList<Item> items; // every ReadinessItem id, in checklist order
        int score = 0; // ReadinessScore::scoreOf the passed items
        int filesSeen = 0;
        qint64 bytesRead = 0;

        bool ok() const { return error.isEmpty() && !cancelled; }
        const Item *item(const QString &id) const;
        // As stored for a project: the verdicts (scanned) and evidence, no ticks.
        QList<ChecklistEntry> checklist() const;
    };

    using Progress = std::function<void(int filesSeen)>;

    static Result scan(const QString &folder, const Options &options = Options(),
                       const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
};
