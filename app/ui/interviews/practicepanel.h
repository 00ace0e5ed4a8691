#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

class InterviewStore;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// Practice next: the topics due today (their spacing says so) and the weakest topics (lowest
// average of their last five scores), and the drill that practises them. The drill's options
// (which topics, which format, how many questions, the countdown per question) are remembered
// in the workbench.
class PracticePanel : public QWidget
{
    Q_OBJECT
public:
    // Which topics a drill draws from.
    enum class TopicChoice { DueAndWeak, DueOnly, WeakOnly, Every };

    explicit PracticePanel(InterviewStore *store, QWidget *parent = nullptr);

    void reload();
    // The topics the drill options choose, due ones first, then the weakest, each once.
    QStringList drillTopics() const;
    QStringList dueTopics() const { return m_due; }
    int drillSize() const;
    int drillSeconds() const;
    // The format a drill practises and is logged as (a format key; "" for any format).
    QString drillFormat() const;
    void setToday(const QDate &today) { m_today = today; }

    // Settings keys (the workbench's settings table).
    static const QString TopicsKey;
    static const QString FormatKey;
    static const QString QuestionsKey;
    static const QString MinutesKey;

signals:
    void startDrillRequested();
    // The user picked TOPIC in a list: show its sessions.
    void topicActivated(const QString &topic);

private:
    QWidget *createDrillOptions();
    void loadOptions();
    void saveOption(const QString &key, const QVariant &value);
    void updateDrill();

    InterviewStore *m_store;
    QDate m_today;
    QStringList m_due;
    QStringList m_weak;
    QStringList m_every; // every practised topic, the weakest first
    QStringList m_formatTopics; // the topics of the chosen format's sessions
    bool m_loading = false;
    QListWidget *m_dueList;
    QListWidget *m_weakList;
    QLabel *m_dueEmpty;
    QComboBox *m_topics;
    QComboBox *m_format;
    QSpinBox *m_size;
    QSpinBox *m_minutes;
    QLabel *m_drillNote;
    QPushButton *m_start;
};
