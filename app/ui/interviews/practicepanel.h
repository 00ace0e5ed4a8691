#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

class InterviewStore;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// Practice next: the topics due today (their spacing says so) and the weakest topics (lowest
// average of their last five scores), and the drill that practises them.
class PracticePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PracticePanel(InterviewStore *store, QWidget *parent = nullptr);

    void reload();
    // Due topics first, then the weakest, each once.
    QStringList drillTopics() const;
    QStringList dueTopics() const { return m_due; }
    int drillSize() const;
    void setToday(const QDate &today) { m_today = today; }

signals:
    void startDrillRequested();
    // The user picked TOPIC in a list: show its sessions.
    void topicActivated(const QString &topic);

private:
    InterviewStore *m_store;
    QDate m_today;
    QStringList m_due;
    QStringList m_weak;
    QListWidget *m_dueList;
    QListWidget *m_weakList;
    QLabel *m_dueEmpty;
    QSpinBox *m_size;
    QPushButton *m_start;
};
