#include "practicepanel.h"

#include "calc/topicranking.h"
#include "db/interviewtopicrepository.h"
#include "interviewstore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PracticePanel::PracticePanel(InterviewStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_dueList(new QListWidget(this))
    , m_weakList(new QListWidget(this))
    , m_dueEmpty(new QLabel(this))
    , m_size(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start Drill..."), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    auto *dueTitle = new QLabel(tr("<b>Due today</b>"), this);
    auto *weakTitle = new QLabel(
        tr("<b>Weakest topics</b> (average of the last %1 scores)").arg(TopicRanking::RecentScores),
        this);
    grid->addWidget(dueTitle, 0, 0);
    grid->addWidget(weakTitle, 0, 1);
    m_dueList->setObjectName(u"dueTopicsList"_s);
    m_dueList->setAccessibleName(tr("Topics due today"));
    m_weakList->setObjectName(u"weakTopicsList"_s);
    m_weakList->setAccessibleName(tr("Weakest topics"));
    grid->addWidget(m_dueList, 1, 0);
    grid->addWidget(m_weakList, 1, 1);
    m_dueEmpty->setObjectName(u"dueEmptyLabel"_s);
    m_dueEmpty->setWordWrap(true);
    grid->addWidget(m_dueEmpty, 2, 0, 1, 2);
    layout->addLayout(grid, 1);

    auto *row = new QHBoxLayout;
    auto *sizeLabel = new QLabel(tr("&Questions in a drill:"), this);
    m_size->setObjectName(u"drillSizeSpin"_s);
    m_size->setRange(1, 20);
    m_size->setValue(5);
    sizeLabel->setBuddy(m_size);
    row->addWidget(sizeLabel);
    row->addWidget(m_size);
    m_start->setObjectName(u"startDrillButton"_s);
    m_start->setToolTip(tr("Questions from the due and weakest topics, one at a time with a "
                           "countdown; the drill is logged as a self-practice session."));
    row->addWidget(m_start);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_start, &QPushButton::clicked, this, &PracticePanel::startDrillRequested);
    for (QListWidget *list : {m_dueList, m_weakList}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit topicActivated(item->data(Qt::UserRole).toString());
        });
    }
}

int PracticePanel::drillSize() const
{
    return m_size->value();
}

void PracticePanel::reload()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale;
    InterviewTopicRepository repo(m_store->connection());
    QString error;
    m_due.clear();
    m_weak.clear();
    m_dueList->clear();
    m_weakList->clear();
    if (const auto due = repo.due(today, &error)) {
        for (const InterviewTopic &t : *due) {
            m_due << t.name;
            const qint64 late = t.dueOn.daysTo(today);
            auto *item = new QListWidgetItem(
                late > 0 ? tr("%1 (due %n day(s) ago)", nullptr, int(late)).arg(t.name) : t.name,
                m_dueList);
            item->setData(Qt::UserRole, t.name);
        }
    }
    if (const auto scores = repo.recentScores(&error)) {
        for (const TopicRanking::Ranked &r : TopicRanking::weakest(*scores, 8)) {
            m_weak << r.name;
            auto *item = new QListWidgetItem(
                tr("%1: %2").arg(r.name, locale.toString(r.average, 'f', 1)), m_weakList);
            item->setData(Qt::UserRole, r.name);
        }
    }
    m_dueEmpty->setText(m_due.isEmpty() ? tr("Nothing is due today: the spacing of every topic you "
                                             "practised says it can wait.")
                                        : tr("%n topic(s) due today.", nullptr, int(m_due.size())));
    m_start->setEnabled(!m_due.isEmpty() || !m_weak.isEmpty());
}

QStringList PracticePanel::drillTopics() const
{
    QStringList topics = m_due;
    for (const QString &t : m_weak)
        if (!topics.contains(t))
            topics << t;
    return topics;
}
