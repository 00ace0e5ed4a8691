#include "postingeditor.h"

#include "common/elidedtooltipdelegate.h"
#include "common/page.h"
#include "domain/datetext.h"
#include "jobmatchmodel.h"
#include "task/backgroundtask.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A pause after the last key before the text is matched again: typing never waits for it.
constexpr int MatchDelayMs = 200;
} // namespace

PostingEditor::PostingEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_application(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_score(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_model(new JobMatchModel(this))
    , m_table(new QTableView(this))
    , m_keep(new QPushButton(tr("&Keep Posting"), this))
    , m_tailor(new QPushButton(tr("&Tailor Resume"), this))
    , m_addMissing(new QPushButton(tr("Add &Missing to Roadmap"), this))
    , m_matchTimer(new QTimer(this))
{
    m_title->setObjectName(u"postingTitleEdit"_s);
    m_title->setMaxLength(JobPostingEntry::MaxTitleLength);
    m_company->setObjectName(u"postingCompanyEdit"_s);
    m_company->setMaxLength(JobPostingEntry::MaxCompanyLength);
    m_application->setObjectName(u"postingApplicationCombo"_s);
    m_application->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_application->setMinimumContentsLength(16);
    m_source->setObjectName(u"postingSourceLabel"_s);
    m_source->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"postingTextEdit"_s);
    m_text->setAccessibleName(tr("Posting text"));
    m_text->setPlaceholderText(tr("Paste a job posting here. What it asks for is matched against "
                                  "your roadmap as you type."));
    m_score->setObjectName(u"matchScoreLabel"_s);
    m_score->setTextFormat(Qt::PlainText);
    m_score->setFont(Page::headingFont(m_score->font()));
    m_counts->setObjectName(u"matchCountsLabel"_s);
    m_counts->setTextFormat(Qt::PlainText);
    m_keep->setObjectName(u"keepPostingButton"_s);
    m_tailor->setObjectName(u"tailorResumeButton"_s);
    m_tailor->setToolTip(tr("Sets the target role of the Resume (Reports page) to this posting's "
                            "title and its main requirements, so the resume puts what matches "
                            "first."));
    m_addMissing->setObjectName(u"addMissingButton"_s);
    m_addMissing->setToolTip(
        tr("Adds the requirements your roadmap lacks as new skills and raises "
           "the targets and priority of the ones you have not proven, so "
           "they enter the learn-next ranking. One step: Undo takes it back."));

    m_table->setObjectName(u"requirementsTable"_s);
    m_table->setAccessibleName(tr("Requirements"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // The matching skill and its evidence share the room and go on to more lines: sized to
    // its contents, the skill pushed the evidence out of sight at 1024x640 and was itself cut
    // ("Conjuntos: bosques aleatorios y gradient boosting (nivel 3 d", issue #9).
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobMatchModel::Skill, QHeaderView::Stretch);
    header->setSectionResizeMode(JobMatchModel::Evidence, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == JobMatchModel::Skill || column == JobMatchModel::Evidence)
            QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Com&pany:"), m_company);
    form->addRow(tr("Appli&cation:"), m_application);
    layout->addLayout(form);
    layout->addWidget(m_source);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addSpacing(12);
    scoreRow->addWidget(m_counts, 1);
    resultsLayout->addLayout(scoreRow);
    resultsLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"postingSplitter"_s);
    split->addWidget(m_text);
    split->addWidget(results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    buttons->addWidget(m_tailor);
    buttons->addWidget(m_addMissing);
    layout->addLayout(buttons);

    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(MatchDelayMs);
    connect(m_matchTimer, &QTimer::timeout, this, &PostingEditor::matchAfterPause);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PostingEditor::scheduleMatch);
    connect(m_title, &QLineEdit::textChanged, this, &PostingEditor::updateState);
    connect(m_title, &QLineEdit::editingFinished, this, &PostingEditor::commitFields);
    connect(m_company, &QLineEdit::editingFinished, this, &PostingEditor::commitFields);
    connect(m_application, &QComboBox::activated, this, &PostingEditor::commitFields);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        matchNow();
        emit keepRequested();
    });
    connect(m_tailor, &QPushButton::clicked, this, [this] {
        matchNow();
        emit tailorRequested();
    });
    connect(m_addMissing, &QPushButton::clicked, this, [this] {
        matchNow();
        emit addMissingRequested();
    });
    m_text->installEventFilter(this);
    startDraft();
}

QString PostingEditor::applicationLabel(const JobApplication &a)
{
    return a.role.isEmpty() ? a.company : tr("%1 – %2").arg(a.company, a.role);
}

void PostingEditor::setSkills(const QList<SkillProfile> &skills, const QStringList &vocabulary)
{
    m_skills = skills;
    m_vocabulary = vocabulary;
    matchNow();
}

void PostingEditor::setApplications(const QList<JobApplication> &applications)
{
    m_filling = true;
    m_application->clear();
    m_application->addItem(tr("Not linked"), qint64(0));
    for (const JobApplication &a : applications)
        m_application->addItem(applicationLabel(a), a.id);
    m_application->setCurrentIndex(std::max(0, m_application->findData(m_posting.applicationId)));
    m_filling = false;
}

void PostingEditor::startDraft()
{
    showPosting(JobPostingEntry());
}

void PostingEditor::showPosting(const JobPostingEntry &posting)
{
    m_filling = true;
    const bool json = posting.format == JobPostingEntry::Format::Json;
    m_posting = posting;
    m_title->setText(posting.title);
    m_company->setText(posting.company);
    m_application->setCurrentIndex(std::max(0, m_application->findData(posting.applicationId)));
    if (posting.id == 0)
        m_source->setText(tr("Not kept yet: Keep Posting saves it in the workbench."));
    else if (json)
        m_source->setText(
            tr("JSON job file, added %1").arg(DateText::shortDate(posting.addedAt.date())));
    else
        m_source->setText(
            tr("Pasted text, added %1").arg(DateText::shortDate(posting.addedAt.date())));
    m_text->setReadOnly(json);
    if (m_text->toPlainText() != posting.content)
        m_text->setPlainText(posting.content);
    m_parsed = JobPosting();
    if (json) {
        QString error;
        m_parsed = JobPosting::fromJson(posting.content.toUtf8(), &error).value_or(JobPosting());
    }
    m_filling = false;
    matchNow();
}

JobPostingEntry PostingEditor::edited() const
{
    JobPostingEntry p = m_posting;
    p.title = m_title->text().trimmed();
    if (p.title.isEmpty() && isDraft())
        p.title = JobPosting::fromText(m_text->toPlainText())
                      .title.left(JobPostingEntry::MaxTitleLength);
    p.company = m_company->text().trimmed();
    p.applicationId = m_application->currentData().toLongLong();
    if (p.format == JobPostingEntry::Format::Text)
        p.content = m_text->toPlainText();
    return p;
}

const JobMatch &PostingEditor::match() const
{
    return m_model->match();
}

void PostingEditor::scheduleMatch()
{
    if (!m_filling)
        m_matchTimer->start();
    updateState();
}

JobPosting PostingEditor::currentPosting() const
{
    return m_posting.format == JobPostingEntry::Format::Json
        ? m_parsed
        : JobPosting::fromText(m_text->toPlainText());
}

void PostingEditor::matchNow()
{
    m_matchTimer->stop();
    ++m_matchGeneration; // a match on its way is stale now
    m_matchTask.clear();
    const JobPosting posting = currentPosting();
    showMatch(JobMatcher::match(posting, m_skills, m_vocabulary), posting.text.trimmed().isEmpty());
}

void PostingEditor::matchAfterPause()
{
    const JobPosting posting = currentPosting();
    if (posting.text.size() <= BackgroundMatchCharacters) {
        matchNow();
        return;
    }
    // A long posting is matched on a worker (the kit's runner); the table keeps the last
    // match until the new one is done, and a newer one makes this one's result stale.
    const int generation = ++m_matchGeneration;
    auto result = std::make_shared<JobMatch>();
    const QList<SkillProfile> skills = m_skills;
    const QStringList vocabulary = m_vocabulary;
    auto *task = new BackgroundTask(
        tr("Matching the posting"),
        [posting, skills, vocabulary, result](TaskControl &) {
            *result = JobMatcher::match(posting, skills, vocabulary);
            return WriteResult::success();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, generation, result] {
        if (generation != m_matchGeneration)
            return;
        m_matchTask.clear();
        showMatch(*result, false);
    });
    m_matchTask = task;
    m_counts->setText(tr("Matching..."));
    task->start();
    updateState();
}

void PostingEditor::showMatch(const JobMatch &match, bool postingIsEmpty)
{
    m_model->setMatch(match);
    int proven = 0, claimed = 0, missing = 0;
    for (const JobMatch::Requirement &r : match.requirements) {
        if (r.status == JobMatch::Status::Proven)
            ++proven;
        else if (r.status == JobMatch::Status::Claimed)
            ++claimed;
        else
            ++missing;
    }
    const QLocale locale;
    if (match.requirements.isEmpty()) {
        m_score->setText(QString());
        m_counts->setText(postingIsEmpty
                              ? QString()
                              : tr("No skill of your roadmap or common requirement was found in "
                                   "this posting."));
    } else {
        m_score->setText(tr("Match: %1 of 100").arg(locale.toString(match.score)));
        m_counts->setText(
            tr("Proven: %1 · Claimed: %2 · Missing: %3")
                .arg(locale.toString(proven), locale.toString(claimed), locale.toString(missing)));
    }
    updateState();
    emit matched();
}

void PostingEditor::updateState()
{
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty();
    m_keep->setVisible(isDraft());
    m_keep->setEnabled(isDraft() && hasText);
    if (isDraft() && !m_filling)
        m_title->setPlaceholderText(JobPosting::fromText(m_text->toPlainText())
                                        .title.left(JobPostingEntry::MaxTitleLength));
    // While a match waits for the pause after typing, the buttons match first when clicked.
    const bool pending = (m_matchTimer->isActive() || isMatching()) && hasText;
    bool unproven = false;
    for (const JobMatch::Requirement &r : m_model->match().requirements)
        unproven = unproven || r.status != JobMatch::Status::Proven;
    m_tailor->setEnabled(pending || !m_model->match().requirements.isEmpty());
    m_addMissing->setEnabled(pending || unproven);
}

void PostingEditor::commitFields()
{
    if (m_filling || isDraft())
        return;
    JobPostingEntry after = edited();
    after.content = m_posting.content;
    if (after.title.isEmpty()) {
        m_title->setText(m_posting.title);
        after.title = m_posting.title;
    }
    if (after == m_posting)
        return;
    const QString what = after.applicationId != m_posting.applicationId
        ? tr("Link Posting to Application")
        : tr("Rename Posting");
    emit editRequested(after, what);
}

void PostingEditor::commitText()
{
    if (m_filling || isDraft() || m_posting.format != JobPostingEntry::Format::Text)
        return;
    JobPostingEntry after = m_posting;
    after.content = m_text->toPlainText();
    if (after.content == m_posting.content)
        return;
    if (after.content.trimmed().isEmpty()) {
        m_text->setPlainText(m_posting.content); // a kept posting always has text
        return;
    }
    emit editRequested(after, tr("Edit Posting Text"));
}

bool PostingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        commitText();
    return QWidget::eventFilter(watched, event);
}
