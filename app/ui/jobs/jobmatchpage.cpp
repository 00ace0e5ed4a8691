#include "jobmatchpage.h"

#include "addmissingcommand.h"
#include "addpostingcommand.h"
#include "common/changevaluecommand.h"
#include "common/dialogs.h"
#include "common/elidedtooltipdelegate.h"
#include "db/jobmatchrepository.h"
#include "domain/jobpostingvalidator.h"
#include "jobpostingsmodel.h"
#include "jobstore.h"
#include "postingeditor.h"
#include "removepostingcommand.h"
#include "report/reportoptions.h"
#include "task/backgroundtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Tailor Resume: the title and this many of the posting's requirements become the role's tags.
constexpr int TailorRequirements = 6;
} // namespace

JobMatchPage::JobMatchPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new JobStore(context, this))
    , m_model(new JobPostingsModel(this))
    , m_table(new QTableView(this))
    , m_editor(new PostingEditor(this))
{
    auto *layout = new QVBoxLayout(this);
    addHeader(layout,
              tr("Paste a job posting or load a JSON job file: each requirement shows as "
                 "proven, claimed or missing on your roadmap, with the evidence behind "
                 "it."));

    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(u"newPostingButton"_s, tr("&New Posting"), &JobMatchPage::newPosting);
    button(u"loadJobFileButton"_s, tr("&Load Job File..."), &JobMatchPage::loadJobFile);
    m_delete
        = button(u"deletePostingButton"_s, tr("&Delete Posting"), &JobMatchPage::deleteSelected);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table->setObjectName(u"postingsTable"_s);
    m_table->setAccessibleName(tr("Job postings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // A posting's title and company go on to more lines rather than end in "..." (at 1024x640
    // "Ingeniero de I..." and "Saltmarsh Ret...", issue #9); the rows take their height again
    // whenever the columns change width. What is still cut shows whole in its tooltip.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobPostingsModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(JobPostingsModel::Company, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == JobPostingsModel::Title || column == JobPostingsModel::Company)
            QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
    });
    // The editor shows when it was added and the application: the list stays narrow.
    m_table->setColumnHidden(JobPostingsModel::Added, true);
    m_table->setColumnHidden(JobPostingsModel::Application, true);
    m_editor->setObjectName(u"postingEditor"_s);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"jobMatchSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 720});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &JobMatchPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_reloading)
            showSelected();
    });
    connect(m_store, &JobStore::postingChanged, this, [this] { reloadPostings(); });
    connect(m_store, &JobStore::roadmapChanged, this, [this] {
        reloadSkills();
        reloadPostings();
    });
    connect(m_editor, &PostingEditor::keepRequested, this, &JobMatchPage::keepDraft);
    connect(m_editor, &PostingEditor::tailorRequested, this, &JobMatchPage::tailorResume);
    connect(m_editor, &PostingEditor::addMissingRequested, this, &JobMatchPage::addMissing);
    connect(m_editor, &PostingEditor::editRequested, this,
            [this](const JobPostingEntry &after, const QString &what) {
                JobStore *store = m_store;
                (void)StoreCommand::push(
                    m_context.undoStack,
                    new ChangeValueCommand<JobPostingEntry>(
                        what, m_editor->posting(), after,
                        [store](const JobPostingEntry &p) { return store->update(p); }));
            });
    adopt(m_store);
    // Levels, evidence and aliases change the match; applications are what postings link to.
    watch(ChangeNotifier::Skills | ChangeNotifier::Projects | ChangeNotifier::Certifications
          | ChangeNotifier::Interviews);
}

void JobMatchPage::reload()
{
    reloadSkills();
    reloadPostings();
    // The newest posting, unless the user is writing a draft.
    if (selectedId() == 0 && m_model->rowCount() > 0
        && m_editor->edited().content.trimmed().isEmpty())
        selectId(m_model->postingAt(0)->id);
}

void JobMatchPage::reloadSkills()
{
    if (const auto skills = m_store->skillProfiles()) {
        m_skills = *skills;
        m_editor->setSkills(m_skills, JobMatchRepository::vocabulary());
    }
}

void JobMatchPage::reloadPostings()
{
    const qint64 selected = selectedId();
    const auto postings = m_store->postings();
    const auto applications = m_store->applications();
    if (!postings || !applications)
        return;
    QHash<qint64, QString> labels;
    for (const JobApplication &a : *applications)
        labels.insert(a.id, PostingEditor::applicationLabel(a));
    // The scores come from a worker: until it is done a posting shows the score it had, when
    // its text is the same.
    QList<int> scores;
    for (const JobPostingEntry &p : *postings)
        scores << m_model->shownScore(p);
    m_reloading = true;
    m_model->setPostings(*postings, scores, labels);
    m_editor->setApplications(*applications);
    m_reloading = false;
    if (selected != 0 && m_model->rowOf(selected) >= 0)
        selectId(selected);
    else if (selected != 0)
        m_editor->startDraft(); // the posting shown is gone (deleted, or its add undone)
    m_delete->setEnabled(selectedId() != 0);
    scorePostings(*postings);
}

void JobMatchPage::scorePostings(const QList<JobPostingEntry> &postings)
{
    // Every kept posting is parsed and matched: with many or long postings that takes longer
    // than a frame, so it runs on the kit's runner (as the editor's long postings do) and the
    // list is usable meanwhile. A newer reload cancels this one and makes its result stale.
    const int generation = ++m_scoreGeneration;
    if (m_scoreTask)
        m_scoreTask->cancel();
    auto scores = std::make_shared<QList<int>>();
    const QList<SkillProfile> skills = m_skills;
    const QStringList vocabulary = JobMatchRepository::vocabulary();
    const std::function<void()> gate = m_scoringGate;
    auto *task = new BackgroundTask(
        tr("Matching the job postings"),
        [postings, skills, vocabulary, scores, gate](TaskControl &control) {
            const int total = int(postings.size());
            for (int i = 0; i < total; ++i) {
                if (control.isCanceled())
                    return WriteResult::failure(QString());
                const JobPostingEntry &p = postings.at(i);
                const std::optional<JobPosting> parsed = p.format == JobPostingEntry::Format::Json
                    ? JobPosting::fromJson(p.content.toUtf8(), nullptr)
                    : JobPosting::fromText(p.content);
                scores->append(parsed ? JobMatcher::match(*parsed, skills, vocabulary).score : -1);
                control.setProgress(i + 1, total, p.title);
            }
            if (gate)
                gate();
            return WriteResult::success();
        },
        this);
    connect(task, &BackgroundTask::finished, this,
            [this, generation, scores](const WriteResult &result) {
                if (generation != m_scoreGeneration)
                    return; // a newer reload's worker has the current postings
                m_scoreTask.clear();
                if (!result.ok())
                    return;
                m_model->setScores(*scores);
                emit postingsScored();
            });
    m_scoreTask = task;
    task->start();
}

void JobMatchPage::showItem(qint64 id)
{
    ensureLoaded();
    selectId(id);
}

qint64 JobMatchPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobPostingsModel::PostingIdRole).toLongLong();
}

void JobMatchPage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelected();
}

void JobMatchPage::showSelected()
{
    const JobPostingEntry *p = m_model->postingAt(m_model->rowOf(selectedId()));
    if (p)
        m_editor->showPosting(*p);
    m_delete->setEnabled(p != nullptr);
}

void JobMatchPage::newPosting()
{
    m_table->clearSelection();
    m_table->selectionModel()->clearCurrentIndex();
    m_editor->startDraft();
    m_delete->setEnabled(false);
    m_editor->findChild<QWidget *>(u"postingTextEdit"_s)->setFocus();
}

void JobMatchPage::keepDraft()
{
    const JobPostingEntry posting = m_editor->edited();
    const Problems problems = JobPostingValidator::validate(posting);
    if (!problems.ok()) {
        emit statusMessage(problems.text());
        return;
    }
    auto *command = new AddPostingCommand(m_store, posting);
    if (const WriteResult r = StoreCommand::push(m_context.undoStack, command); r.ok()) {
        selectId(r.id());
        emit statusMessage(tr("Kept the posting %1.").arg(posting.title));
    }
}

void JobMatchPage::loadJobFile()
{
    const QString path = Dialogs::openFileName(this, tr("Load Job File"), QString(),
                                               tr("JSON job files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warning(this, tr("Load Job File"),
                         tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(JobPostingEntry::MaxContentBytes + 1);
    if (bytes.size() > JobPostingEntry::MaxContentBytes) {
        Dialogs::warning(this, tr("Load Job File"),
                         tr("%1 is larger than 4 MB: that is not a job posting.").arg(shown));
        return;
    }
    QString error;
    const std::optional<JobPosting> parsed = JobPosting::fromJson(bytes, &error);
    if (!parsed) {
        Dialogs::warning(this, tr("Load Job File"),
                         tr("%1 was not loaded, nothing was saved: %2").arg(shown, error));
        return;
    }
    JobPostingEntry posting;
    posting.format = JobPostingEntry::Format::Json;
    posting.content = QString::fromUtf8(bytes);
    posting.title = parsed->title.simplified().left(JobPostingEntry::MaxTitleLength);
    if (posting.title.isEmpty())
        posting.title = QFileInfo(path).completeBaseName().left(JobPostingEntry::MaxTitleLength);
    posting.company = parsed->company.simplified().left(JobPostingEntry::MaxCompanyLength);
    auto *command = new AddPostingCommand(m_store, posting);
    if (const WriteResult r = StoreCommand::push(m_context.undoStack, command); r.ok()) {
        selectId(r.id());
        emit statusMessage(tr("Loaded the posting %1.").arg(posting.title));
    }
}

void JobMatchPage::deleteSelected()
{
    const JobPostingEntry *p = m_model->postingAt(m_model->rowOf(selectedId()));
    if (!p)
        return;
    const JobPostingEntry posting = *p;
    if (StoreCommand::push(m_context.undoStack, new RemovePostingCommand(m_store, posting)))
        emit statusMessage(tr("Deleted the posting %1 (Undo brings it back).").arg(posting.title));
}

void JobMatchPage::tailorResume()
{
    const JobPostingEntry posting = m_editor->edited();
    const JobMatch &match = m_editor->match();
    // Commas separate tags: inside a title or a requirement they are spaces.
    const auto tag = [](QString text) {
        return text.replace(u',', u' ').simplified();
    };
    QStringList tags;
    if (!tag(posting.title).isEmpty())
        tags << tag(posting.title);
    // What the user can show first, then what the posting asks for that they are building.
    int taken = 0;
    for (JobMatch::Status status :
         {JobMatch::Status::Proven, JobMatch::Status::Claimed, JobMatch::Status::Missing}) {
        for (const JobMatch::Requirement &r : match.requirements) {
            if (r.status == status && taken < TailorRequirements) {
                tags << tag(r.skillId ? r.skill : r.name);
                ++taken;
            }
        }
    }
    // Unread, the tailored choices would replace the projects and certifications chosen there.
    const std::optional<QString> stored = m_store->reportChoices();
    if (!stored)
        return;
    const QString before = *stored;
    ReportOptions options = ReportOptions::fromJson(before.toUtf8(), QLocale());
    options.kind = ReportOptions::Kind::Resume;
    options.roleTags = ReportOptions::parseTags(tags.join(u','));
    const QString after = QString::fromUtf8(options.toJson());
    const QString shown = options.roleTags.join(u", "_s);
    if (after == before) {
        emit statusMessage(tr("The Resume already targets this posting: %1").arg(shown));
        return;
    }
    JobStore *store = m_store;
    if (StoreCommand::push(m_context.undoStack,
                           new ChangeValueCommand<QString>(
                               tr("Tailor Resume to %1").arg(posting.title), before, after,
                               [store](const QString &v) { return store->setReportChoices(v); })))
        emit statusMessage(tr("The Resume (Reports page) now targets: %1").arg(shown));
}

void JobMatchPage::addMissing()
{
    const std::optional<Roadmap> roadmap = m_store->roadmap();
    if (!roadmap)
        return;
    const JobPostingEntry posting = m_editor->edited();
    const JobRoadmapAdditions::Plan plan
        = JobRoadmapAdditions::plan(*roadmap, m_editor->match(), tr("From job postings"),
                                    tr("Asked for by the job posting \"%1\".").arg(posting.title));
    if (plan.isEmpty()) {
        emit statusMessage(tr("Nothing to add: every requirement is on your roadmap with a "
                              "target above your level."));
        return;
    }
    if (!StoreCommand::push(m_context.undoStack,
                            new AddMissingCommand(m_store, plan, posting.title)))
        return;
    //: %1 is "N new skills", %2 "N skills raised"
    emit statusMessage(tr("Roadmap: %1, %2. They are in the learn-next ranking now.")
                           .arg(tr("%n new skill(s)", nullptr, int(plan.newSkills.size())),
                                tr("%n skill(s) raised", nullptr, int(plan.raises.size()))));
}
