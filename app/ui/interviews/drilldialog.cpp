#include "drilldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

DrillDialog::DrillDialog(const QList<DrillPlan::Item> &items, int secondsPerQuestion,
                         QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_secondsPerQuestion(secondsPerQuestion)
    , m_started(QDateTime::currentDateTime())
    , m_timer(new QTimer(this))
    , m_progress(new QLabel(this))
    , m_topic(new QLabel(this))
    , m_question(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_score(new QSpinBox(this))
    , m_next(new QPushButton(this))
{
    setObjectName(u"drillDialog"_s);
    setWindowTitle(tr("Practice Drill"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_progress->setObjectName(u"drillProgressLabel"_s);
    top->addWidget(m_progress, 1);
    m_countdown->setObjectName(u"countdownLabel"_s);
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_countdown->setFont(big);
    top->addWidget(m_countdown);
    layout->addLayout(top);
    m_topic->setObjectName(u"drillTopicLabel"_s);
    m_topic->setTextFormat(Qt::PlainText);
    layout->addWidget(m_topic);
    m_question->setObjectName(u"drillQuestionLabel"_s);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont q = m_question->font();
    q.setPointSizeF(q.pointSizeF() * 1.25);
    m_question->setFont(q);
    m_question->setMinimumHeight(fontMetrics().height() * 5);
    m_question->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_question, 1);
    auto *form = new QFormLayout;
    m_score->setObjectName(u"drillScoreSpin"_s);
    m_score->setRange(1, 5);
    m_score->setValue(3);
    form->addRow(tr("How did you answer? &Score (1-5):"), m_score);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_next->setObjectName(u"drillNextButton"_s);
    m_next->setDefault(true);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &DrillDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &DrillDialog::next);
    layout->addWidget(buttons);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DrillDialog::tick);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 16);
    showQuestion();
}

void DrillDialog::showQuestion()
{
    const DrillPlan::Item &item = m_items.at(m_current);
    m_progress->setText(tr("Question %1 of %2").arg(m_current + 1).arg(m_items.size()));
    m_topic->setText(tr("Topic: %1").arg(item.topic));
    m_question->setText(item.question);
    m_score->setValue(3);
    m_next->setText(m_current + 1 < m_items.size() ? tr("&Next Question") : tr("&Finish and Log"));
    m_secondsLeft = m_secondsPerQuestion;
    tick();
    m_timer->start();
}

void DrillDialog::tick()
{
    if (m_secondsLeft <= 0) {
        m_timer->stop();
        m_countdown->setText(tr("Time is up"));
        return;
    }
    m_countdown->setText(
        u"%1:%2"_s.arg(m_secondsLeft / 60).arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    --m_secondsLeft;
}

void DrillDialog::next()
{
    m_scores.append(m_score->value());
    if (++m_current < m_items.size()) {
        showQuestion();
        return;
    }
    m_timer->stop();
    accept();
}

InterviewSession DrillDialog::session() const
{
    InterviewSession s;
    s.date = m_started.date();
    s.time = QTime(m_started.time().hour(), m_started.time().minute());
    s.kind = InterviewSession::Kind::Mock;
    s.ranBy = InterviewSession::RanBy::Self;
    s.format = m_format.isEmpty() ? u"technical"_s : m_format;
    s.durationMinutes
        = int(std::max<qint64>(1, (m_started.secsTo(QDateTime::currentDateTime()) + 59) / 60));
    QStringList questions;
    QList<QString> order;
    QHash<QString, QList<int>> byTopic;
    int sum = 0;
    for (int i = 0; i < m_scores.size(); ++i) {
        const DrillPlan::Item &item = m_items.at(i);
        questions << item.question;
        if (!byTopic.contains(item.topic))
            order << item.topic;
        byTopic[item.topic] << m_scores.at(i);
        sum += m_scores.at(i);
    }
    for (const QString &topic : order) {
        const QList<int> &scores = byTopic.value(topic);
        int total = 0;
        for (int v : scores)
            total += v;
        s.topics.append({topic, int(std::lround(double(total) / double(scores.size())))});
    }
    s.selfScore = m_scores.isEmpty() ? 3 : int(std::lround(double(sum) / double(m_scores.size())));
    s.questionsAsked = questions.join(u'\n');
    s.wentWell = QString();
    return s;
}
