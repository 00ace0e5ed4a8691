#pragma once

#include "calc/readinessscore.h"
#include "domain/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// The projects as the list shows them: featured first, then the user's order, with their
// readiness score and first impact line. It reads and never writes: a drag that reorders rows
// asks for the new order through reorderRequested(), and a command writes it.
class ProjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, Readiness, Impact, ColumnCount };
    enum Role { ProjectIdRole = Qt::UserRole + 1, ScoreRole, FeaturedRole };

    explicit ProjectsModel(QObject *parent = nullptr);

    // Reads every project and checklist; returns false (and keeps the old rows) on failure.
    [[nodiscard]] bool reload(const QSqlDatabase &db, QString *error);
    // The same from values already read (tests, a store that has them).
    void setProjects(const QList<Project> &projects,
                     const QHash<qint64, QList<ChecklistEntry>> &checklists);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const Project *projectAt(int row) const;
    int rowOf(qint64 projectId) const; // -1 when absent
    ReadinessScore::Result readinessAt(int row) const;
    QList<qint64> order() const; // the ids as listed

signals:
    // A drag asks for this order of all projects (featured ones stay first when written).
    void reorderRequested(const QList<qint64> &ids);

private:
    QList<Project> m_projects;
    QList<ReadinessScore::Result> m_readiness;
};
