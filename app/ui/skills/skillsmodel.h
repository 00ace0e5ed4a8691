#pragma once

#include "domain/roadmapgroup.h"
#include "domain/skill.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

class RoadmapStore;

// The roadmap as a two-level tree: stages (or categories) and their skills. Edits made
// through setData() and drag and drop become undo commands on the store's undo stack.
class SkillsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Current, Target, Gap, Priority, Status, Evidence, Hours, ColumnCount };
    enum Role {
        SkillIdRole = Qt::UserRole + 1, // 0 on group rows
        GroupIdRole, // the group of the row (or of the skill)
        SortRole, // the raw value to sort by
        UnprovenRole,
    };

    explicit SkillsModel(RoadmapStore *store, QObject *parent = nullptr);

    RoadmapGroup::Kind grouping() const { return m_grouping; }
    void setGrouping(RoadmapGroup::Kind kind);
    RoadmapStore *store() const { return m_store; }

    // Every text COLUMN can show when its values come from a fixed list (levels, priorities,
    // statuses, "Unproven"); empty for free text and numbers.
    static QStringList fixedTexts(int column);

    QModelIndex indexOfSkill(qint64 id, int column = Name) const;
    QModelIndex indexOfGroup(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Group
    {
        qint64 id = 0;
        QList<int> skills; // indexes into the store's roadmap.skills
    };

    void regroup();
    void onSkillChanged(qint64 id);
    const Skill *skillAt(const QModelIndex &index) const;
    QVariant skillData(const Skill &s, int column, int role) const;
    QVariant groupData(int row, int column, int role) const;
    bool dropSkills(const QList<qint64> &ids, int groupRow, int row);
    bool dropGroup(qint64 id, int row);

    RoadmapStore *m_store;
    RoadmapGroup::Kind m_grouping = RoadmapGroup::Kind::Stage;
    QList<Group> m_groups;
    QHash<qint64, QPair<int, int>> m_location; // skill id -> (group row, row)
};
