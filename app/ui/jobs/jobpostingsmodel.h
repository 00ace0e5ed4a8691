#pragma once

#include "domain/jobpostingentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The kept postings as the list shows them, newest first: title, company, match score, when
// added and the application it is linked to. It reads and never writes.
class JobPostingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Company, Score, Added, Application, ColumnCount };
    enum Role { PostingIdRole = Qt::UserRole + 1, ScoreRole };

    explicit JobPostingsModel(QObject *parent = nullptr);

    // POSTINGS with their SCORES (same order; -1: not known, or the posting cannot be read) and
    // the labels of the applications they may link to, by id.
    void setPostings(const QList<JobPostingEntry> &postings, const QList<int> &scores,
                     const QHash<qint64, QString> &applications);
    // The scores of the postings shown, in their order (the page matches them on a worker
    // after setPostings()); nothing happens when the count differs.
    void setScores(const QList<int> &scores);
    // The score shown for POSTING when it is in the list with the same text, else -1: a
    // reload shows it until the worker has matched the postings again.
    int shownScore(const JobPostingEntry &posting) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const JobPostingEntry *postingAt(int row) const;
    int rowOf(qint64 postingId) const; // -1 when absent

private:
    QList<JobPostingEntry> m_postings;
    QList<int> m_scores;
    QHash<qint64, QString> m_applications;
};
