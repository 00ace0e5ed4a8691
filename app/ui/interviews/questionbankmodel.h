#pragma once

#include "domain/interviewquestion.h"

#include <QAbstractTableModel>
#include <QList>

class InterviewStore;

// The question bank as a table: question, topics, how often and when last asked. Reads the
// questions matching a search (one query); writes go through InterviewStore.
class QuestionBankModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Text, Topics, TimesAsked, LastAsked, ColumnCount };

    explicit QuestionBankModel(InterviewStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSearch(const QString &text);
    // Reads the questions matching the search. When the bank cannot be read the rows shown
    // stay (not read is not empty), lastError() says why and readFailed() is emitted.
    void reload();
    QString lastError() const { return m_lastError; }
    const InterviewQuestion &question(int row) const { return m_questions.at(row); }
    int rowOf(qint64 id) const;

signals:
    void readFailed(const QString &message);

private:
    InterviewStore *m_store;
    QString m_search;
    QString m_lastError;
    QList<InterviewQuestion> m_questions;
};
