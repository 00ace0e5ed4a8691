#pragma once

#include "calc/drillplan.h"
#include "domain/interviewsession.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

// A practice drill: the planned questions one at a time, each with a countdown, scored by
// the user. Accepted at the end; session() is the drill as a self-practice session (each
// topic scored with the average of its questions).
class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDialog(const QList<DrillPlan::Item> &items, int secondsPerQuestion,
                QWidget *parent = nullptr);

    InterviewSession session() const;
    // The format the drill is logged in (a format key; empty: "technical", general).
    void setFormat(const QString &format) { m_format = format; }
    int current() const { return m_current; }
    int secondsLeft() const { return m_secondsLeft; }

private:
    void showQuestion();
    void next();
    void tick();

    QList<DrillPlan::Item> m_items;
    QList<int> m_scores;
    int m_current = 0;
    int m_secondsPerQuestion;
    QString m_format;
    int m_secondsLeft = 0;
    QDateTime m_started;
    QTimer *m_timer;
    QLabel *m_progress;
    QLabel *m_topic;
    QLabel *m_question;
    QLabel *m_countdown;
    QSpinBox *m_score;
    QPushButton *m_next;
};
