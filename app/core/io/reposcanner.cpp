#include "reposcanner.h"

#include "scanrules.h"
#include "secretfinder.h"

#include "calc/readinessscore.h"
#include "domain/readinessitem.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 BinaryProbe = 8000; // as git: a NUL in the first 8000 bytes means binary

class Collector
{
public:
    explicit Collector(int cap)
        : m_cap(cap)
    {
        for (const QString &id : ReadinessItem::ids())
            m_items.insert(id, RepoScanner::Item {id, false, {}, 0});
    }

    void add(const char *id, const ScanEvidence &ev)
    {
        RepoScanner::Item &item = m_items[QLatin1StringView(id)];
        if (item.evidence.size() < m_cap)
            item.evidence << ev;
        else
            ++item.omitted;
    }
    void add(const char *id, const QList<ScanEvidence> &evs)
    {
        for (const ScanEvidence &ev : evs)
            add(id, ev);
    }
    bool has(const char *id) const
    {
        const auto &item = m_items[QLatin1StringView(id)];
        return !item.evidence.isEmpty();
    }

    QList<RepoScanner::Item> finish()
    {
        QList<RepoScanner::Item> out;
        for (const QString &id : ReadinessItem::ids()) {
            RepoScanner::Item item = m_items.value(id);
            const bool found = !item.evidence.isEmpty();
            item.passed = ReadinessItem::passesWhenNothingFound(id) ? !found : found;
            out << item;
        }
        return out;
    }

private:
    int m_cap;
    mutable QHash<QString, RepoScanner::Item> m_items;
};

class Walker
{
public:
    Walker(const RepoScanner::Options &options, Collector *collector)
        : m_options(options)
        , m_collect(collector)
    {
        m_buffer.resize(qsizetype(options.headBytes));
    }

    int filesSeen = 0;
    qint64 bytesRead = 0;
    QString readmeFile; // the top README, relative
    QByteArray readmeData;

    void file(const QString &rel, const QString &abs)
    {
        ++filesSeen;
        const QString name = rel.mid(rel.lastIndexOf(u'/') + 1);
        const ScanEvidence here {rel, 0, {}};
        if (ScanRules::isReadme(rel) && readmeFile.isEmpty())
            readmeFile = rel;
        if (ScanRules::isLicense(rel))
            m_collect->add("license", here);
        if (ScanRules::isTestFile(name))
            m_collect->add("tests", here);
        if (ScanRules::isCiFile(rel))
            m_collect->add("ci", here);
        if (ScanRules::isEnvironmentFile(rel))
            m_collect->add("environment", here);
        if (ScanRules::isContainerFile(rel))
            m_collect->add("container", here);
        if (ScanRules::isCoverageFile(name))
            m_collect->add("coverage", here);
        if (ScanRules::isArchitectureFile(rel))
            m_collect->add("architecture", here);
        if (ScanRules::isCommittedEnvFile(name))
            m_collect->add("secrets",
                           ScanEvidence {rel, 0,
                                         QCoreApplication::translate(
                                             "RepoScanner", "an environment file is committed")});
        if (ScanRules::isPrivateKeyFile(name))
            m_collect->add("secrets",
                           ScanEvidence {rel, 0,
                                         QCoreApplication::translate(
                                             "RepoScanner", "a private key file is committed")});
        if (ScanRules::isOpaque(name))
            return;

        const QByteArray data = read(abs);
        if (data.isEmpty()
            || std::memchr(data.constData(), 0, size_t(qMin<qint64>(data.size(), BinaryProbe))))
            return;
        if (rel == readmeFile)
            readmeData = QByteArray(data.constData(), data.size()); // outlives the buffer
        const bool code = ScanRules::isCode(name);
        const bool config = ScanRules::isConfig(name);
        unsigned checks = SecretFinder::Tokens;
        if (code || config)
            checks |= SecretFinder::Assignments;
        if (code)
            checks |= SecretFinder::AbsolutePaths;
        const SecretFinder::Findings found = SecretFinder::scan(data, checks);
        for (const auto &f : found.secrets)
            m_collect->add("secrets", ScanEvidence {rel, f.line, f.text});
        for (const auto &f : found.absolutePaths)
            m_collect->add("absolute_paths", ScanEvidence {rel, f.line, f.text});
        if (ScanRules::mayConfigureCoverage(rel))
            m_collect->add("coverage", ScanRules::coverageLines(rel, data));
        if (ScanRules::isMarkdown(name)) {
            if (const int line = ScanRules::mermaidLine(data))
                m_collect->add("architecture", ScanEvidence {rel, line, u"```mermaid"_s});
        }
    }

private:
    QByteArray read(const QString &abs)
    {
        QFile f(abs);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const qint64 n = f.read(m_buffer.data(), m_options.headBytes);
        if (n <= 0)
            return {};
        bytesRead += n;
        // A view of the reused buffer, valid until the next read: no copy per file.
        return QByteArray::fromRawData(m_buffer.constData(), qsizetype(n));
    }

    RepoScanner::Options m_options;
    Collector *m_collect;
    QByteArray m_buffer;
};

// Virtual environments go by many names, but nearly all have "env" in them (venv, .env,
// ml-env, ENV ...): only those are looked into, so other folders cost no extra system call.
bool isVirtualEnv(const QString &name, const QString &abs)
{
    if (!name.contains("env"_L1, Qt::CaseInsensitive))
        return false;
    return QFileInfo::exists(abs + u"/pyvenv.cfg"_s) || QFileInfo::exists(abs + u"/conda-meta"_s);
}

} // namespace

const RepoScanner::Item *RepoScanner::Result::item(const QString &id) const
{
    for (const Item &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QList<ChecklistEntry> RepoScanner::Result::checklist() const
{
    QList<ChecklistEntry> out;
    for (const Item &i : items)
        out << ChecklistEntry {i.id, false, i.passed, i.evidence};
    return out;
}

RepoScanner::Result RepoScanner::scan(const QString &folder, const Options &options,
                                      const std::atomic_bool *cancel, const Progress &progress)
{
    Result result;
    const QFileInfo rootInfo(folder);
    result.path = QDir::cleanPath(rootInfo.absoluteFilePath());
    if (folder.isEmpty() || !rootInfo.exists()) {
        result.error = QCoreApplication::translate("RepoScanner", "%1: no such folder")
                           .arg(QDir::toNativeSeparators(result.path));
        return result;
    }
    if (!rootInfo.isDir()) {
        result.error = QCoreApplication::translate("RepoScanner", "%1: not a folder")
                           .arg(QDir::toNativeSeparators(result.path));
        return result;
    }
    const QString rootCanonical = rootInfo.canonicalFilePath();
    if (!rootInfo.isReadable() || !rootInfo.isExecutable() || rootCanonical.isEmpty()
        || !QDir(result.path).isReadable()) {
        result.error = QCoreApplication::translate("RepoScanner", "%1: cannot read the folder")
                           .arg(QDir::toNativeSeparators(result.path));
        return result;
    }

    Collector collector(options.maxEvidencePerItem);
    Walker walker(options, &collector);
    QSet<QString> visited {rootCanonical};
    QSet<QString> reportedTestDirs;
    struct Folder
    {
        QString rel; // relative to the root
        QString testDir; // the enclosing test folder not yet reported, if any
        QString canonical; // its canonical path, to walk no folder twice
    };
    QList<Folder> pending {Folder {QString(), QString(), rootCanonical}};
    const QString inside = rootCanonical + u'/';
    const QDir::Filters filters
        = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;

    while (!pending.isEmpty()) {
        Folder folder = pending.takeLast();
        const QString relDir = folder.rel;
        const QString absDir = relDir.isEmpty() ? result.path : result.path + u'/' + relDir;
        QDirIterator it(absDir, filters);
        while (it.hasNext()) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            const QString rel = relDir.isEmpty() ? name : relDir + u'/' + name;
            const QString abs = absDir + u'/' + name;
            if (info.isSymLink()) {
                // Only inside the folder, and only once: loops and links out end here.
                const QString target = info.canonicalFilePath();
                if (target.isEmpty() || !target.startsWith(inside))
                    continue;
                if (info.isDir()) {
                    if (ScanRules::isSkippedDir(name) || visited.contains(target))
                        continue;
                    visited.insert(target);
                    pending << Folder {rel, folder.testDir, target};
                    continue;
                }
            } else if (info.isDir()) {
                if (ScanRules::isSkippedDir(name) || isVirtualEnv(name, abs))
                    continue;
                if (ScanRules::isCoverageReportDir(name)) {
                    collector.add("coverage", ScanEvidence {rel + u'/', 0, {}});
                    continue;
                }
                // A folder already reached through a link is not walked twice. A real folder
                // inside a canonical one is canonical itself: no system call needed.
                const QString canonical = folder.canonical + u'/' + name;
                if (visited.contains(canonical))
                    continue;
                visited.insert(canonical);
                // A test folder counts once a file is found in it (git keeps no empty ones).
                pending << Folder {rel, ScanRules::isTestDir(name) ? rel : folder.testDir,
                                   canonical};
                continue;
            }
            if (!info.isFile())
                continue;
            walker.file(rel, abs);
            if (!folder.testDir.isEmpty() && !reportedTestDirs.contains(folder.testDir)) {
                reportedTestDirs.insert(folder.testDir);
                collector.add("tests", ScanEvidence {folder.testDir + u'/', 0, {}});
            }
            if (progress && walker.filesSeen % 64 == 0)
                progress(walker.filesSeen);
        }
    }

    if (!walker.readmeFile.isEmpty()) {
        collector.add("readme", ScanEvidence {walker.readmeFile, 0, {}});
        const ScanRules::ReadmeSections s
            = ScanRules::readmeSections(walker.readmeFile, walker.readmeData);
        collector.add("readme_install", s.install);
        collector.add("readme_usage", s.usage);
        collector.add("architecture", s.architecture);
        collector.add("results", s.results);
        collector.add("target", s.target);
    }

    result.items = collector.finish();
    QStringList passed;
    for (const Item &i : std::as_const(result.items)) {
        if (i.passed)
            passed << i.id;
    }
    result.score = ReadinessScore::scoreOf(passed);
    result.filesSeen = walker.filesSeen;
    result.bytesRead = walker.bytesRead;
    if (progress)
        progress(walker.filesSeen);
    return result;
}
