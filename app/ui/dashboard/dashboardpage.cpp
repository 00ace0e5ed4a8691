#include "dashboardpage.h"

#include "calc/learningplanner.h"
#include "common/changenotifier.h"
#include "common/focusorder.h"
#include "common/upcominglist.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/interviewtopicrepository.h"
#include "db/overviewrepository.h"
#include "db/progressrepository.h"
#include "db/roadmaprepository.h"
#include "db/settingsrepository.h"
#include "progresspanel.h"
#include "skills/roadmapstore.h"

#include <QCommandLinkButton>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The heading of a section of the page: one style for every section.
QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// What a section shows when it has nothing to list: framed, so it reads as part of the page.
QLabel *emptyNote(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

DashboardPage::DashboardPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_greeting(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_cards(new QGridLayout)
    , m_upcoming(new UpcomingList(this))
    , m_learnNext(new QListWidget(this))
    , m_learnNextEmpty(emptyNote(this, u"dashboardLearnNextEmpty"_s))
    , m_dueTopics(new QLabel(this))
{
    // The page scrolls rather than squeezing its sections on a small screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(u"dashboardContent"_s);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(content);
    m_greeting->setFont(headingFont(m_greeting->font()));
    m_greeting->setObjectName(u"greeting"_s);
    m_summary->setObjectName(u"summary"_s);
    // They carry the user's name and SQLite's error text: never read as markup.
    m_greeting->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_greeting);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addLayout(m_cards);
    layout->addSpacing(8);
    auto *lower = new QHBoxLayout;
    m_nextColumn = new QVBoxLayout;
    m_nextColumn->addWidget(sectionHeading(tr("What to learn next"), content));
    m_learnNext->setObjectName(u"dashboardLearnNext"_s);
    m_learnNext->setAccessibleName(tr("What to learn next"));
    m_learnNext->setWordWrap(true);
    m_learnNext->setAlternatingRowColors(true);
    m_learnNext->setMinimumHeight(90);
    m_nextColumn->addWidget(m_learnNext, 1);
    m_nextColumn->addWidget(m_learnNextEmpty);
    m_nextColumn->addStretch(0);
    connect(m_learnNext, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(u"skillsPage"_s, item->data(Qt::UserRole).toLongLong());
    });
    lower->addLayout(m_nextColumn, 3);
    m_sideColumn = new QVBoxLayout;
    m_upcoming->setObjectName(u"dashboardUpcoming"_s);
    m_sideColumn->addWidget(m_upcoming, 1);
    // Interview topics whose spacing says practise them today; the link opens the Interviews
    // page, where the drill is.
    m_dueTopics->setObjectName(u"dashboardDueTopics"_s);
    m_dueTopics->setWordWrap(true);
    m_dueTopics->setTextFormat(Qt::RichText);
    connect(m_dueTopics, &QLabel::linkActivated, this,
            [this] { emit openRequested(u"interviewsPage"_s); });
    m_sideColumn->addWidget(m_dueTopics);
    m_sideColumn->addStretch(0);
    lower->addLayout(m_sideColumn, 2);
    lower->setAlignment(m_nextColumn, Qt::AlignTop);
    layout->addLayout(lower, 1);
    connect(m_upcoming, &UpcomingList::certificationActivated, this,
            [this](qint64 id) { emit openRequested(u"certificationsPage"_s, id); });
    // Everything on this page summarises other pages: re-read after any change.
    watch(ChangeNotifier::Everything);
}

void DashboardPage::reload()
{
    OverviewRepository repo(m_context.database->connection());
    QString error;
    const std::optional<QString> name = repo.profileName(&error);
    m_greeting->setText(name.value_or(QString()).isEmpty()
                            ? tr("Your AI-engineering workbench")
                            : tr("%1's AI-engineering workbench").arg(*name));
    // An unreadable profile is said below, as unreadable counts are.
    const std::optional<OverviewRepository::Counts> counts
        = name ? repo.counts(&error) : std::nullopt;
    // The cards still lead to the pages; their figures are zero, and the summary says why.
    const OverviewRepository::Counts c = counts.value_or(OverviewRepository::Counts());
    m_summary->setText(
        counts ? tr("Everything here stays in one file on this computer. Pick an area "
                    "to work on, or use %1 to %2 to move between pages.")
                     .arg(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText),
                          // The last page's key: Job Match is the eighth (pagelist.cpp).
                          QKeySequence(Qt::CTRL | Qt::Key_8).toString(QKeySequence::NativeText))
               : tr("The workbench could not be read: %1").arg(error));

    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    struct Card
    {
        QString page;
        QString title;
        QString detail;
    };
    const QList<Card> cards = {
        {u"skillsPage"_s, tr("Skills"),
         tr("%1 in %2, %3")
             .arg(tr("%n skill(s)", nullptr, c.skills), tr("%n stage(s)", nullptr, c.stages),
                  tr("%n study session(s) logged", nullptr, c.studySessions))},
        {u"certificationsPage"_s, tr("Certifications"),
         tr("%n certification(s) tracked", nullptr, c.certifications)},
        {u"projectsPage"_s, tr("Projects"), tr("%n portfolio project(s)", nullptr, c.projects)},
        {u"interviewsPage"_s, tr("Interviews"),
         tr("%1 on %2")
             .arg(tr("%n interview session(s)", nullptr, c.interviewSessions),
                  tr("%n topic(s)", nullptr, c.interviewTopics))},
        {u"reportsPage"_s, tr("Reports"),
         tr("%1 and %2 for your resume")
             .arg(tr("%n job(s)", nullptr, c.workHistory),
                  tr("%n education entry(s)", nullptr, c.education))},
    };
    QString roadmapError;
    const auto roadmap = RoadmapRepository(m_context.database->connection()).load(&roadmapError);
    // Figures from a study log or level history that could not be read would look like no
    // study at all: say so instead of the usual line.
    if (QString progressError; !loadProgress(roadmap, &progressError) && counts)
        m_summary->setText(tr("The workbench could not be read: %1").arg(progressError));
    loadLearnNext(roadmap, roadmapError);
    loadDueTopics();
    QString eventsError;
    const auto events = CertificationRepository(m_context.database->connection())
                            .upcomingEvents(QDate::currentDate(), &eventsError);
    m_upcoming->setEvents(events.value_or(QList<CertificationCalendar::Event>()));
    if (!events && counts)
        m_summary->setText(tr("The exams and renewals due could not be read: %1").arg(eventsError));
    // A section with nothing to list keeps its heading at the top; the space goes below.
    const bool anyDue = m_upcoming->count() > 0;
    m_sideColumn->setStretch(0, anyDue ? 1 : 0);
    m_sideColumn->setStretch(m_sideColumn->count() - 1, anyDue ? 0 : 1);

    int i = 0;
    for (const Card &card : cards) {
        auto *button = new QCommandLinkButton(card.title, card.detail, this);
        button->setObjectName(u"card%1"_s.arg(++i));
        connect(button, &QCommandLinkButton::clicked, this,
                [this, p = card.page] { emit openRequested(p); });
        m_cards->addWidget(button, (i - 1) / 3, (i - 1) % 3);
    }
    // New cards would come last in Tab's order: put them back where they are read, between
    // the progress figures and the lists below them.
    FocusOrder::chain({this});
}

bool DashboardPage::loadProgress(const std::optional<Roadmap> &roadmap, QString *readError)
{
    const QSqlDatabase db = m_context.database->connection();
    ProgressPanel::Figures f;
    f.today = QDate::currentDate();
    // Summed per day in SQL: a few hundred rows however many sessions there are. The whole
    // record is read because the longest streak may lie anywhere in it.
    ProgressRepository progress(db);
    QString error;
    const auto minutes = progress.minutesPerDay(QDate(1, 1, 1), f.today, &error);
    const auto changes = minutes
        ? progress.levelChanges(QDate(f.today.year(), f.today.month(), 1), &error)
        : std::nullopt;
    if (!changes) { // said by the caller; no streaks or levels made up from nothing
        *readError = error;
        m_progress->setFigures(f); // today only: an empty record, not a made-up one
        return false;
    }
    f.minutesPerDay = *minutes;
    f.levelChanges = *changes;
    if (roadmap) {
        for (const Skill &s : roadmap->skills) {
            if (s.status == Skill::Status::Skipped || s.targetLevel <= 0)
                continue;
            f.levels << s.currentLevel;
            f.targets << s.targetLevel;
        }
    }
    // Unreadable, no budget is shown rather than the default as if it were the user's.
    f.weeklyBudgetHours = SettingsRepository(db)
                              .doubleValue(u"skills/weeklyBudgetHours"_s,
                                           RoadmapStore::DefaultWeeklyBudgetHours, &error)
                              .value_or(0);
    m_progress->setFigures(f);
    return true;
}

void DashboardPage::loadLearnNext(const std::optional<Roadmap> &roadmap, const QString &error)
{
    constexpr int Shown = 8;
    m_learnNext->clear();
    const QList<LearningPlanner::Step> steps
        = roadmap ? LearningPlanner::rank(roadmap->skills) : QList<LearningPlanner::Step>();
    for (int i = 0; i < steps.size() && i < Shown; ++i) {
        auto *item = new QListWidgetItem(
            tr("%1. %2\n%3").arg(QString::number(i + 1), steps[i].name, steps[i].reason),
            m_learnNext);
        item->setData(Qt::UserRole, steps[i].skillId);
        item->setToolTip(tr("Double-click to open %1 on the Skills page.").arg(steps[i].name));
    }
    if (!roadmap)
        m_learnNextEmpty->setText(tr("The roadmap could not be read: %1").arg(error));
    else if (roadmap->skills.isEmpty())
        m_learnNextEmpty->setText(tr("Your roadmap has no skills yet. Add the skills you want "
                                     "to learn on the Skills page, each with a target level, "
                                     "and the next steps show here."));
    else
        m_learnNextEmpty->setText(tr("Every skill is at its target. Raise a target on the "
                                     "Skills page to plan what comes next."));
    m_learnNext->setVisible(!steps.isEmpty());
    m_learnNextEmpty->setVisible(steps.isEmpty());
    m_nextColumn->setStretch(1, steps.isEmpty() ? 0 : 1);
    m_nextColumn->setStretch(m_nextColumn->count() - 1, steps.isEmpty() ? 1 : 0);
}

void DashboardPage::loadDueTopics()
{
    QString error;
    const auto due = InterviewTopicRepository(m_context.database->connection())
                         .due(QDate::currentDate(), &error);
    QStringList names;
    if (due)
        for (const InterviewTopic &t : *due)
            names << t.name.toHtmlEscaped();
    const QString heading = tr("<b>Interview topics due today</b>");
    // The link is reached by Tab as well as by the mouse; with no link, Tab passes by.
    m_dueTopics->setTextInteractionFlags(names.isEmpty() ? Qt::NoTextInteraction
                                                         : Qt::LinksAccessibleByMouse
                                                 | Qt::LinksAccessibleByKeyboard);
    m_dueTopics->setFocusPolicy(names.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    if (names.isEmpty()) {
        m_dueTopics->setText(heading + u"<br>"_s + tr("Nothing to practise today."));
        return;
    }
    constexpr int Shown = 6;
    QString list = QStringList(names.mid(0, Shown)).join(tr(", "));
    if (names.size() > Shown)
        list = tr("%1 and %n more topic(s)", nullptr, int(names.size() - Shown)).arg(list);
    m_dueTopics->setText(heading + u"<br>"_s + list + u"<br><a href=\"practise\">"_s
                         + tr("Practise on the Interviews page") + u"</a>"_s);
}
