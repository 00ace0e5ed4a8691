#pragma once

#include "calc/jobmatcher.h"

#include <QAbstractTableModel>

// What a posting asks for, one requirement per row: as the posting says it, proven / claimed /
// missing, the roadmap skill it matched (with level and target) and the evidence that backs it.
class JobMatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Requirement, Status, Skill, Evidence, ColumnCount };
    enum Role { StatusKeyRole = Qt::UserRole + 1, SkillIdRole };

    explicit JobMatchModel(QObject *parent = nullptr);

    void setMatch(const JobMatch &match);
    const JobMatch &match() const { return m_match; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(JobMatch::Status status);

private:
    JobMatch m_match;
};
