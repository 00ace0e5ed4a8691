#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class InterviewFilterProxy;
class OptionalDateEdit;
class QComboBox;
class QLineEdit;

// The filters above the session table: kind, format, a date range, a topic and a text search.
// Applies each change to the proxy at once.
class InterviewFilterBar : public QWidget
{
    Q_OBJECT
public:
    InterviewFilterBar(InterviewFilterProxy *proxy, QWidget *parent = nullptr);

    // Refills the format and topic lists, keeping the current choices where they still exist.
    void setChoices(const QHash<QString, QString> &formatNames, const QStringList &topics);
    void setTopic(const QString &name);
    void clear();

private:
    void applyDates();

    InterviewFilterProxy *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_format;
    QComboBox *m_topic;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QLineEdit *m_text;
};
