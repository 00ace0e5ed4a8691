#pragma once

#include "domain/interviewsession.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;

// A session's topics as tags, each with its own score (1-5, or not scored): type a topic
// (known ones complete), Add; change a score in its row; Remove takes the selected topic out.
class TopicScoresWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TopicScoresWidget(const QStringList &knownTopics, QWidget *parent = nullptr);

    void setTopics(const QList<InterviewTopicScore> &topics);
    QList<InterviewTopicScore> topics() const;
    // Adds NAME with SCORE (no duplicate: a listed topic just takes the score).
    void addTopic(const QString &name, int score = 0);

signals:
    void changed();

private:
    void addTyped();
    void removeSelected();

    QTableWidget *m_table;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
};
