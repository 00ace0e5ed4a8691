#include "readinesspanel.h"

#include "common/dialogs.h"
#include "domain/datetext.h"
#include "domain/readinessitem.h"
#include "task/backgroundtask.h"

#include <QDir>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;

QString evidenceWhere(const ScanEvidence &ev)
{
    return ev.line > 0 ? u"%1:%2"_s.arg(ev.file).arg(ev.line) : ev.file;
}

QString evidenceText(const ScanEvidence &ev)
{
    const QString where = evidenceWhere(ev);
    return ev.text.isEmpty() ? where : u"%1  %2"_s.arg(where, ev.text.simplified());
}
} // namespace

ReadinessPanel::ReadinessPanel(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_missing(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_scanInfo(new QLabel(this))
    , m_scanButton(new QPushButton(tr("&Scan Folder..."), this))
    , m_scanProgress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Scan"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_score->setObjectName(u"readinessScoreLabel"_s);
    m_score->setTextFormat(Qt::PlainText);
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);
    top->addWidget(m_score);
    m_bar->setObjectName(u"readinessBar"_s);
    m_bar->setAccessibleName(tr("Readiness score"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    top->addWidget(m_bar, 1);
    layout->addLayout(top);
    m_missing->setObjectName(u"missingLabel"_s);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    m_tree->setObjectName(u"checklistTree"_s);
    m_tree->setAccessibleName(tr("Readiness checklist"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Item (tick what you have done)"), tr("Why")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto *scan = new QHBoxLayout;
    m_scanButton->setObjectName(u"scanButton"_s);
    m_scanButton->setToolTip(tr("Read a local checkout of the project and fill the checklist "
                                "with what it finds. Nothing is uploaded."));
    scan->addWidget(m_scanButton);
    m_scanProgress->setObjectName(u"scanProgress"_s);
    m_scanProgress->setAccessibleName(tr("Scan progress"));
    m_scanProgress->setRange(0, 0);
    scan->addWidget(m_scanProgress, 1);
    m_cancel->setObjectName(u"cancelScanButton"_s);
    scan->addWidget(m_cancel);
    m_scanInfo->setObjectName(u"scanInfoLabel"_s);
    m_scanInfo->setTextFormat(Qt::PlainText);
    m_scanInfo->setWordWrap(true);
    scan->addWidget(m_scanInfo, 2);
    layout->addLayout(scan);

    connect(m_scanButton, &QPushButton::clicked, this, &ReadinessPanel::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &ReadinessPanel::cancelScan);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0 || !m_hasProject || item->parent())
            return;
        // Queued: the write reloads the checklist, which deletes ITEM.
        QMetaObject::invokeMethod(
            this,
            [this, id = m_project.id, itemId = item->data(0, ItemIdRole).toString(),
             on = item->checkState(0) == Qt::Checked] { emit tickRequested(id, itemId, on); },
            Qt::QueuedConnection);
    });
    setProject(nullptr, {});
}

ReadinessPanel::~ReadinessPanel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReadinessPanel::setProject(const Project *project, const QList<ChecklistEntry> &entries)
{
    m_hasProject = project != nullptr;
    m_project = project ? *project : Project();
    m_entries = entries;
    fill();
    updateScanControls();
}

QString ReadinessPanel::sourceText(ReadinessScore::Source source, const ChecklistEntry &entry)
{
    switch (source) {
    case ReadinessScore::Source::Manual:
        // The tick counts, but what the last scan found stays in sight: a tick must not hide
        // a committed secret the user has not looked at.
        if (entry.scanned && !*entry.scanned && ReadinessItem::passesWhenNothingFound(entry.id)
            && !entry.evidence.isEmpty())
            return tr("Ticked by hand, but the last scan found %n problem(s): %1", nullptr,
                      int(entry.evidence.size()))
                .arg(evidenceWhere(entry.evidence.first()));
        if (entry.scanned && !*entry.scanned && !ReadinessItem::passesWhenNothingFound(entry.id))
            return tr("Ticked by hand; the last scan did not find it");
        return tr("Ticked by hand");
    case ReadinessScore::Source::Scan:
        return tr("Found by the scan");
    case ReadinessScore::Source::ProjectData:
        return tr("Shown by the project's own data");
    case ReadinessScore::Source::None:
        break;
    }
    if (!entry.scanned)
        return tr("Missing");
    return ReadinessItem::passesWhenNothingFound(entry.id) ? tr("The scan found problems")
                                                           : tr("Not found by the scan");
}

void ReadinessPanel::fill()
{
    m_filling = true;
    m_tree->clear();
    if (!m_hasProject) {
        m_score->setText(tr("No project selected"));
        m_bar->setValue(0);
        m_missing->clear();
        m_filling = false;
        return;
    }
    const ReadinessScore::Result result = ReadinessScore::evaluate(m_project, m_entries);
    const QLocale locale;
    m_score->setText(tr("Readiness: %1 of 100").arg(locale.toString(result.score)));
    m_bar->setValue(result.score);
    QStringList missing;
    for (const QString &id : result.missing())
        missing << ReadinessItem::title(id);
    m_missing->setText(missing.isEmpty() ? tr("Nothing is missing.")
                                         : tr("Missing: %1").arg(missing.join(u"; "_s)));
    for (const ReadinessScore::ItemResult &r : result.items) {
        ChecklistEntry entry {r.id, false, std::nullopt, {}};
        for (const ChecklistEntry &e : std::as_const(m_entries)) {
            if (e.id == r.id)
                entry = e;
        }
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, ReadinessItem::title(r.id));
        item->setData(0, ItemIdRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, entry.ticked ? Qt::Checked : Qt::Unchecked);
        item->setText(1, sourceText(r.source, entry));
        item->setToolTip(0, tr("Weight %1 of 100").arg(locale.toString(r.weight)));
        // Failed, or ticked over findings: either way the user has something to look at.
        const bool findings = ReadinessItem::passesWhenNothingFound(r.id) && entry.scanned
            && !*entry.scanned && !entry.evidence.isEmpty();
        if (!r.passed || findings) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(1, f);
        }
        item->setToolTip(1,
                         findings && r.passed
                             ? tr("Your tick counts for the score. The findings stay listed "
                                  "until a scan no longer finds them.")
                             : item->text(1));
        for (const ScanEvidence &ev : std::as_const(entry.evidence)) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, evidenceText(ev));
            child->setToolTip(0, evidenceText(ev));
            child->setFirstColumnSpanned(true);
        }
        // Findings that fail an item are what the user has to fix: show them open.
        if ((!r.passed || findings) && !entry.evidence.isEmpty())
            item->setExpanded(true);
    }
    m_filling = false;
}

void ReadinessPanel::updateScanControls()
{
    const bool running = isScanning();
    m_scanButton->setEnabled(m_hasProject && !running);
    m_scanProgress->setVisible(running);
    m_cancel->setVisible(running);
    if (running)
        return;
    if (!m_hasProject || !m_project.scannedAt.isValid())
        m_scanInfo->setText(m_hasProject ? tr("Not scanned yet.") : QString());
    else
        m_scanInfo->setText(tr("Last scan: %1, %2")
                                .arg(QDir::toNativeSeparators(m_project.scanPath),
                                     DateText::shortDateTime(m_project.scannedAt.toLocalTime())));
}

void ReadinessPanel::chooseFolder()
{
    const QString folder = Dialogs::existingDirectory(
        this, tr("Scan a Project Folder"),
        m_project.scanPath.isEmpty() ? QDir::homePath() : m_project.scanPath);
    if (!folder.isEmpty())
        scanFolder(folder);
}

void ReadinessPanel::scanFolder(const QString &folder)
{
    if (!m_hasProject || isScanning())
        return;
    const qint64 projectId = m_project.id;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_scanResult = std::make_shared<RepoScanner::Result>();
    auto flag = m_cancelFlag;
    auto result = m_scanResult;
    auto *task = new BackgroundTask(
        tr("Scanning %1").arg(QDir::toNativeSeparators(folder)),
        [folder, flag, result](TaskControl &control) {
            *result = RepoScanner::scan(folder, RepoScanner::Options(), flag.get(),
                                        [&control](int files) { control.setProgress(files, 0); });
            if (!result->error.isEmpty())
                return WriteResult::failure(result->error);
            return result->cancelled ? WriteResult::failure(QString()) : WriteResult::success();
        },
        this);
    m_task = task;
    connect(task, &BackgroundTask::progress, this, [this](int files) {
        m_scanInfo->setText(tr("%1 files read...").arg(QLocale().toString(files)));
    });
    connect(task, &BackgroundTask::finished, this, [this, projectId](const WriteResult &r) {
        scanFinished(projectId, r.ok(), r.error());
    });
    m_scanInfo->setText(tr("Scanning..."));
    task->start();
    updateScanControls();
}

void ReadinessPanel::cancelScan()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_task)
        m_task->cancel();
}

void ReadinessPanel::scanFinished(qint64 projectId, bool ok, const QString &error)
{
    m_task = nullptr;
    const std::shared_ptr<RepoScanner::Result> result = std::move(m_scanResult);
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    m_cancelFlag.reset();
    updateScanControls();
    if (cancelled || (result && result->cancelled)) {
        m_scanInfo->setText(tr("Scan cancelled; the checklist is as it was."));
        return;
    }
    if (!ok || !result) {
        m_scanInfo->setText(tr("The folder could not be scanned: %1").arg(error));
        return;
    }
    emit scanned(projectId, *result);
    emit statusMessage(
        tr("Scanned %1 files: readiness from the scan %2 of 100.")
            .arg(QLocale().toString(result->filesSeen), QLocale().toString(result->score)));
}
