#include "practicepanel.h"

#include "calc/topicranking.h"
#include "db/interviewformatrepository.h"
#include "db/interviewtopicrepository.h"
#include "db/settingsrepository.h"
#include "interviewstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

const QString PracticePanel::TopicsKey = u"interviews/drillTopics"_s;
const QString PracticePanel::FormatKey = u"interviews/drillFormat"_s;
const QString PracticePanel::QuestionsKey = u"interviews/drillQuestions"_s;
const QString PracticePanel::MinutesKey = u"interviews/drillMinutes"_s;

namespace {
constexpr int DefaultQuestions = 5;
constexpr int DefaultMinutes = 5;

QString choiceKey(PracticePanel::TopicChoice c)
{
    switch (c) {
    case PracticePanel::TopicChoice::DueOnly:
        return u"due"_s;
    case PracticePanel::TopicChoice::WeakOnly:
        return u"weak"_s;
    case PracticePanel::TopicChoice::Every:
        return u"every"_s;
    case PracticePanel::TopicChoice::DueAndWeak:
        break;
    }
    return u"due_weak"_s;
}
} // namespace

PracticePanel::PracticePanel(InterviewStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_dueList(new QListWidget(this))
    , m_weakList(new QListWidget(this))
    , m_dueEmpty(new QLabel(this))
    , m_topics(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_size(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_drillNote(new QLabel(this))
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
    m_dueEmpty->setTextFormat(Qt::PlainText); // a read error quotes the database
    grid->addWidget(m_dueEmpty, 2, 0, 1, 2);
    layout->addLayout(grid, 1);
    layout->addWidget(createDrillOptions());

    connect(m_start, &QPushButton::clicked, this, &PracticePanel::startDrillRequested);
    for (QListWidget *list : {m_dueList, m_weakList}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit topicActivated(item->data(Qt::UserRole).toString());
        });
    }
    connect(store, &InterviewStore::formatsChanged, this, &PracticePanel::loadOptions);
}

QWidget *PracticePanel::createDrillOptions()
{
    auto *box = new QGroupBox(tr("Drill"), this);
    auto *grid = new QGridLayout(box);
    auto label = [box](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    m_topics->setObjectName(u"drillTopicsCombo"_s);
    m_topics->addItem(tr("Due and weakest topics"), int(TopicChoice::DueAndWeak));
    m_topics->addItem(tr("Due topics only"), int(TopicChoice::DueOnly));
    m_topics->addItem(tr("Weakest topics only"), int(TopicChoice::WeakOnly));
    m_topics->addItem(tr("Every practised topic"), int(TopicChoice::Every));
    m_format->setObjectName(u"drillFormatCombo"_s);
    m_format->setToolTip(tr("With a format chosen, the drill asks about the topics of your "
                            "sessions in that format and is logged in it."));
    m_size->setObjectName(u"drillSizeSpin"_s);
    m_size->setRange(1, 20);
    m_size->setValue(DefaultQuestions);
    m_minutes->setObjectName(u"drillMinutesSpin"_s);
    m_minutes->setRange(1, 60);
    m_minutes->setValue(DefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("The countdown for each question"));
    grid->addWidget(label(tr("&Topics:"), m_topics), 0, 0);
    grid->addWidget(m_topics, 0, 1);
    grid->addWidget(label(tr("F&ormat:"), m_format), 0, 2);
    grid->addWidget(m_format, 0, 3);
    grid->addWidget(label(tr("&Questions in a drill:"), m_size), 1, 0);
    grid->addWidget(m_size, 1, 1, Qt::AlignLeft);
    grid->addWidget(label(tr("Ti&me per question:"), m_minutes), 1, 2);
    grid->addWidget(m_minutes, 1, 3, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *row = new QHBoxLayout;
    m_start->setObjectName(u"startDrillButton"_s);
    m_start->setToolTip(tr("Questions from the chosen topics, one at a time with a countdown; "
                           "the drill is logged as a self-practice session."));
    row->addWidget(m_start);
    m_drillNote->setObjectName(u"drillNoteLabel"_s);
    m_drillNote->setWordWrap(true);
    row->addWidget(m_drillNote, 1);
    grid->addLayout(row, 2, 0, 1, 4);

    connect(m_topics, &QComboBox::currentIndexChanged, this, [this] {
        saveOption(TopicsKey, choiceKey(TopicChoice(m_topics->currentData().toInt())));
        updateDrill();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        saveOption(FormatKey, m_format->currentData().toString());
        updateDrill();
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this](int n) { saveOption(QuestionsKey, n); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int n) { saveOption(MinutesKey, n); });
    return box;
}

int PracticePanel::drillSize() const
{
    return m_size->value();
}

int PracticePanel::drillSeconds() const
{
    return m_minutes->value() * 60;
}

QString PracticePanel::drillFormat() const
{
    return m_format->currentData().toString();
}

void PracticePanel::saveOption(const QString &key, const QVariant &value)
{
    if (m_loading)
        return;
    // A remembered choice, not an edit: written at once, not on the undo stack.
    QString error;
    if (!SettingsRepository(m_store->connection()).setValue(key, value, &error))
        qWarning("The drill option could not be saved: %s", qPrintable(error));
}

void PracticePanel::loadOptions()
{
    m_loading = true;
    // Remembered choices in one read; unreadable, the defaults are shown (and nothing is
    // written until the user changes an option).
    QString readError;
    const auto stored = SettingsRepository(m_store->connection()).all(&readError);
    if (!stored)
        qWarning("The drill options cannot be read: %s", qPrintable(readError));
    const QHash<QString, QVariant> settings = stored.value_or(QHash<QString, QVariant>());
    const QString topics = settings.value(TopicsKey).toString();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (choiceKey(TopicChoice(m_topics->itemData(i).toInt())) == topics)
            m_topics->setCurrentIndex(i);
    }
    if (topics.isEmpty())
        m_topics->setCurrentIndex(0);
    const QString format = settings.value(FormatKey).toString();
    m_format->clear();
    m_format->addItem(tr("Any format"), QString());
    QString error;
    if (const auto formats = InterviewFormatRepository(m_store->connection()).all(&error)) {
        for (const InterviewFormat &f : *formats)
            m_format->addItem(InterviewFormat::displayName(f.key, f.name), f.key);
    }
    m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
    m_size->setValue(settings.value(QuestionsKey, DefaultQuestions).toInt());
    m_minutes->setValue(settings.value(MinutesKey, DefaultMinutes).toInt());
    m_loading = false;
    updateDrill();
}

void PracticePanel::reload()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale;
    InterviewTopicRepository repo(m_store->connection());
    QString error;
    m_due.clear();
    m_weak.clear();
    m_every.clear();
    m_dueList->clear();
    m_weakList->clear();
    const auto due = repo.due(today, &error);
    const QString dueError = error;
    if (due) {
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
        const QList<TopicRanking::Ranked> ranked = TopicRanking::weakest(*scores, -1);
        for (const TopicRanking::Ranked &r : ranked) {
            m_every << r.name;
            if (m_weak.size() >= 8)
                continue;
            m_weak << r.name;
            auto *item = new QListWidgetItem(
                tr("%1: %2").arg(r.name, locale.toString(r.average, 'f', 1)), m_weakList);
            item->setData(Qt::UserRole, r.name);
        }
    }
    // Not read is not "nothing due": say why instead.
    if (!due)
        m_dueEmpty->setText(tr("The topics due cannot be read: %1").arg(dueError));
    else
        m_dueEmpty->setText(m_due.isEmpty()
                                ? tr("Nothing is due today: the spacing of every topic you "
                                     "practised says it can wait.")
                                : tr("%n topic(s) due today.", nullptr, int(m_due.size())));
    loadOptions();
}

void PracticePanel::updateDrill()
{
    m_formatTopics.clear();
    const QString format = drillFormat();
    if (!format.isEmpty()) {
        QString error;
        if (const auto names
            = InterviewTopicRepository(m_store->connection()).namesForFormat(format, &error))
            m_formatTopics = *names;
    }
    const int n = int(drillTopics().size());
    m_start->setEnabled(n > 0);
    if (m_due.isEmpty() && m_every.isEmpty())
        m_drillNote->setText(tr("Log a session with scored topics first: a drill practises "
                                "them."));
    else if (n == 0)
        m_drillNote->setText(
            tr("No topic fits these options: choose other topics or another format."));
    else
        m_drillNote->setText(tr("%n topic(s) to practise.", nullptr, n));
}

QStringList PracticePanel::drillTopics() const
{
    QStringList topics;
    auto add = [&topics](const QStringList &names) {
        for (const QString &t : names) {
            if (!topics.contains(t))
                topics << t;
        }
    };
    switch (TopicChoice(m_topics->currentData().toInt())) {
    case TopicChoice::DueAndWeak:
        add(m_due);
        add(m_weak);
        break;
    case TopicChoice::DueOnly:
        add(m_due);
        break;
    case TopicChoice::WeakOnly:
        add(m_weak);
        break;
    case TopicChoice::Every:
        add(m_due);
        add(m_every);
        break;
    }
    if (!drillFormat().isEmpty()) {
        for (auto it = topics.begin(); it != topics.end();) {
            if (m_formatTopics.contains(*it))
                ++it;
            else
                it = topics.erase(it);
        }
    }
    return topics;
}
