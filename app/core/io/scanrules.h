#pragma once

#include "domain/scanevidence.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What the repository scanner recognises by name and by README heading. Paths are relative
// to the scanned folder with '/' separators; names are compared case-insensitively where
// platforms differ (README, LICENSE), exactly where tools are exact (Jenkinsfile, Pipfile).
namespace ScanRules {

// Folders never entered: version control, dependencies, virtual environments, caches, build
// output. (A folder holding pyvenv.cfg or conda-meta is a virtual environment too.)
bool isSkippedDir(const QString &name);
// Coverage report folders: evidence for `coverage`, not entered.
bool isCoverageReportDir(const QString &name);
bool isTestDir(const QString &name);

bool isReadme(const QString &relPath); // README, README.md ... at the top
bool isLicense(const QString &relPath); // LICENSE, LICENCE, COPYING ... at the top or LICENSES/
bool isTestFile(const QString &name);
bool isCiFile(const QString &relPath);
bool isEnvironmentFile(const QString &relPath);
bool isContainerFile(const QString &relPath);
bool isCoverageFile(const QString &name);
bool isArchitectureFile(const QString &relPath);
bool isCommittedEnvFile(const QString &name); // .env, .env.production (not .env.example)
bool isPrivateKeyFile(const QString &name); // id_rsa, id_ed25519 ...
// Files whose content may configure coverage ([tool.coverage], [coverage:run], --cov ...).
bool mayConfigureCoverage(const QString &relPath);
bool isCode(const QString &name); // source code and notebooks: checked for absolute paths
bool isConfig(const QString &name); // YAML, TOML, JSON, INI ...: checked for assigned secrets
// Files whose content is never read: images, archives, models, data.
bool isOpaque(const QString &name);
bool isMarkdown(const QString &name);

// Coverage configuration in a config file's text: the first matching line.
QList<ScanEvidence> coverageLines(const QString &relPath, const QByteArray &data);
// A ```mermaid block in Markdown: an architecture diagram.
int mermaidLine(const QByteArray &data); // 0 = none

// The README's headings by topic.
struct ReadmeSections
{
    QList<ScanEvidence> install;
    QList<ScanEvidence> usage;
    QList<ScanEvidence> architecture; // Architecture, Design, How it works
    QList<ScanEvidence> results; // Results, Evaluation, Benchmarks ... followed by a number
    QList<ScanEvidence> target; // Problem, Motivation, Use case, Business value ...
};
// Markdown (#, setext), reStructuredText (underlines) and AsciiDoc (=) headings; headings in
// fenced code blocks are ignored.
ReadmeSections readmeSections(const QString &relPath, const QByteArray &data);

} // namespace ScanRules
