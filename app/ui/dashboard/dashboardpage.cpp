#include "dashboardpage.h"

#include "calc/learningplanner.h"
#include "common/changenotifier.h"
#include "common/upcominglist.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/interviewtopicrepository.h"
#include "db/overviewrepository.h"
#include "db/roadmaprepository.h"

#include <QCommandLinkButton>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DashboardPage::DashboardPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_greeting(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_cards(new QGridLayout)
    , m_upcoming(new UpcomingList(this))
    , m_learnNext(new QListWidget(this))
    , m_learnNextEmpty(new QLabel(this))
    , m_dueTopics(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_greeting->setFont(headingFont(m_greeting->font()));
    m_greeting->setTextFormat(Qt::PlainText);
    m_greeting->setObjectName(u"greeting"_s);
    m_summary->setObjectName(u"summary"_s);
    // They carry the user's name and SQLite's error text: never read as markup.
    m_greeting->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_greeting);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addLayout(m_cards);
    layout->addSpacing(12);
    auto *lower = new QHBoxLayout;
    auto *next = new QVBoxLayout;
    next->addWidget(new QLabel(tr("<b>What to learn next</b>"), this));
    m_learnNext->setObjectName(u"dashboardLearnNext"_s);
    m_learnNext->setAccessibleName(tr("What to learn next"));
    m_learnNext->setWordWrap(true);
    m_learnNext->setAlternatingRowColors(true);
    next->addWidget(m_learnNext, 1);
    m_learnNextEmpty->setObjectName(u"dashboardLearnNextEmpty"_s);
    m_learnNextEmpty->setWordWrap(true);
    m_learnNextEmpty->setText(tr("Every skill is at its target. Raise a target on the Skills "
                                 "page to plan what comes next."));
    next->addWidget(m_learnNextEmpty);
    connect(m_learnNext, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(u"skillsPage"_s, item->data(Qt::UserRole).toLongLong());
    });
    lower->addLayout(next, 3);
    auto *side = new QVBoxLayout;
    m_upcoming->setObjectName(u"dashboardUpcoming"_s);
    side->addWidget(m_upcoming, 1);
    // Interview topics whose spacing says practise them today; the link opens the Interviews
    // page, where the drill is.
    m_dueTopics->setObjectName(u"dashboardDueTopics"_s);
    m_dueTopics->setWordWrap(true);
    m_dueTopics->setTextFormat(Qt::RichText);
    connect(m_dueTopics, &QLabel::linkActivated, this,
            [this] { emit openRequested(u"interviewsPage"_s); });
    side->addWidget(m_dueTopics);
    lower->addLayout(side, 2);
    layout->addLayout(lower, 1);
    connect(m_upcoming, &UpcomingList::certificationActivated, this,
            [this](qint64 id) { emit openRequested(u"certificationsPage"_s, id); });
    // Everything on this page summarises other pages: re-read after any change.
    watch(ChangeNotifier::Everything);
}

void DashboardPage::reload()
{
    OverviewRepository repo(m_context.database->connection());
    const QString name = repo.profileName();
    m_greeting->setText(name.isEmpty() ? tr("Your AI-engineering workbench")
                                       : tr("%1's AI-engineering workbench").arg(name));
    QString error;
    const OverviewRepository::Counts c = repo.counts(&error);
    m_summary->setText(
        error.isEmpty()
            ? tr("Everything here stays in one file on this computer. Pick an area "
                 "to work on, or use %1 to %2 to move between pages.")
                  .arg(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText),
                       QKeySequence(Qt::CTRL | Qt::Key_6).toString(QKeySequence::NativeText))
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
    loadLearnNext();
    loadDueTopics();
    m_upcoming->setEvents(CertificationRepository(m_context.database->connection())
                              .upcomingEvents(QDate::currentDate()));

    int i = 0;
    for (const Card &card : cards) {
        auto *button = new QCommandLinkButton(card.title, card.detail, this);
        button->setObjectName(u"card%1"_s.arg(++i));
        connect(button, &QCommandLinkButton::clicked, this,
                [this, p = card.page] { emit openRequested(p); });
        m_cards->addWidget(button, (i - 1) / 2, (i - 1) % 2);
    }
}

void DashboardPage::loadLearnNext()
{
    constexpr int Shown = 8;
    m_learnNext->clear();
    QString error;
    const auto roadmap = RoadmapRepository(m_context.database->connection()).load(&error);
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
    m_learnNext->setVisible(!steps.isEmpty());
    m_learnNextEmpty->setVisible(steps.isEmpty());
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
