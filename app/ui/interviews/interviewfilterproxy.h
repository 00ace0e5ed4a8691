#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

class InterviewSessionsModel;

// Sorts and filters the session table: by kind, format, date range, topic and free text
// (company, role, topics, questions and notes). Compares the sessions themselves rather than
// display text, so a sort of 100,000 rows formats nothing.
class InterviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InterviewFilterProxy(InterviewSessionsModel *model, QObject *parent = nullptr);

    // -1: every kind; else int(InterviewSession::Kind).
    void setKind(int kind);
    // "": every format.
    void setFormat(const QString &key);
    // Null dates leave that end open.
    void setDateRange(const QDate &from, const QDate &to);
    // "": every topic; else sessions that covered the topic of that name.
    void setTopic(const QString &name);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    InterviewSessionsModel *m_model;
    int m_kind = -1;
    QString m_format;
    QDate m_from;
    QDate m_to;
    QString m_topic;
    QString m_text;
};
