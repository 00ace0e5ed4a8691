#pragma once

#include "domain/interviewsession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class InterviewStore;

// The interview sessions as a table, newest first. Reads every session in ONE query
// (InterviewSessionRepository::all, topics included), so 100,000 sessions cost one read and
// no query per row; re-reads a single session when the store says it changed. Sorting and
// filtering happen in InterviewFilterProxy. Reads only: writes go through InterviewStore.
class InterviewSessionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Date,
        Kind,
        Format,
        Company,
        Role,
        Duration,
        SelfScore,
        InterviewerScore,
        Topics,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit InterviewSessionsModel(InterviewStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const InterviewSession &session(int row) const { return m_sessions.at(row); }
    const QList<InterviewSession> &sessions() const { return m_sessions; }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    // Format key -> the name the user reads.
    QString formatName(const QString &key) const;
    const QHash<QString, QString> &formatNames() const { return m_formatNames; }

    static QString kindName(InterviewSession::Kind kind);
    static QString shortTimeFormat();

signals:
    // The formats were read again (a user's format was added).
    void formatsReloaded();

private:
    void refreshSession(qint64 id);
    void readFormats();
    void reindex(int from);

    InterviewStore *m_store;
    QList<InterviewSession> m_sessions;
    QHash<qint64, int> m_rows;
    QHash<QString, QString> m_formatNames;
};
