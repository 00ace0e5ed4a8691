#pragma once

#include "common/areastore.h"
#include "db/roadmapadditions.h"
#include "domain/evidenceitem.h"
#include "domain/roadmap.h"
#include "domain/skilldeletion.h"
#include "domain/studysession.h"

#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

// The Skills area's store: the page's copy of the roadmap and the one place its edits are
// written. Every apply...() method writes in one transaction (AreaStore::write), updates the
// copy, tells the other pages (ChangeNotifier, with this store as origin) and signals the
// views. The apply...() methods are called by the undo commands only; everything else reads.
class RoadmapStore : public AreaStore
{
    Q_OBJECT
public:
    static constexpr double DefaultWeeklyBudgetHours = 6;
    static constexpr double DefaultHoursPerLevel = 20;

    explicit RoadmapStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // Reads everything again; false (with lastError()) when the roadmap cannot be read.
    bool reload();
    const Roadmap &roadmap() const { return m_roadmap; }
    const Skill *skill(qint64 id) const;
    const RoadmapGroup *group(RoadmapGroup::Kind kind, qint64 id) const;
    QString lastError() const { return m_lastError; }
    QUndoStack *undoStack() const { return m_context.undoStack; }

    // The settings the projections use; nullopt, reported (failed()), when unreadable.
    std::optional<double> weeklyBudgetHours();
    std::optional<double> hoursPerLevel();
    std::optional<SkillDeletion> snapshot(const QList<qint64> &skillIds);
    // nullopt, reported (failed()), when the prerequisites cannot be read.
    std::optional<bool> wouldCycle(qint64 skillId, qint64 prerequisiteId);
    QList<EvidenceItem> evidence(qint64 skillId);
    // The skill's other names (what job postings may call it), in their order.
    QStringList aliases(qint64 skillId);
    // Every skill's other names, by skill id.
    QHash<qint64, QStringList> allAliases();
    QList<StudySession> studySessions(qint64 skillId);
    std::optional<StudySession> studySession(qint64 id);
    // nullopt, reported (failed()), when the study log cannot be read.
    std::optional<QList<int>> weeklyMinutes(const QDate &firstWeekStart, int weeks);
    // Skill ids of a stage in their order.
    QList<qint64> stageOrder(qint64 stageId) const;
    // The same skills paired with their stored positions.
    QList<QPair<qint64, int>> stagePositions(qint64 stageId) const;

    // --- Called by undo commands only (SkillCommand); each returns the write's result, with
    // the new row's id for the inserts ---
    WriteResult applySkillField(qint64 id, Skill::Field field, const QVariant &value);
    WriteResult applyInsertSkill(const Skill &skill);
    WriteResult applyRemoveSkills(const QList<qint64> &ids);
    WriteResult applyRestoreSkills(const SkillDeletion &deletion);
    WriteResult applyMoveSkill(qint64 id, qint64 stageId, qint64 categoryId,
                               const QList<QPair<qint64, int>> &positions);
    WriteResult applyPrerequisites(qint64 id, const QList<qint64> &prerequisites);
    WriteResult applyAliases(qint64 id, const QStringList &aliases);
    WriteResult applyInsertGroup(const RoadmapGroup &group);
    WriteResult applyRenameGroup(RoadmapGroup::Kind kind, qint64 id, const QString &name);
    // Removes the group together with SKILLIDS (its skills), in one transaction.
    WriteResult applyRemoveGroup(RoadmapGroup::Kind kind, qint64 id, const QList<qint64> &skillIds);
    WriteResult applyRestoreGroup(const RoadmapGroup &group, const SkillDeletion &skills);
    // What the built-in roadmap has and the workbench lacks, in one transaction; SKILLIDS and
    // GROUPS receive what was made (for undo).
    WriteResult applyAdditions(const RoadmapAdditions::Plan &plan, QList<qint64> *skillIds,
                               QList<RoadmapGroup> *groups);
    // Takes them away again (skills first, then their new stages and categories) ...
    WriteResult applyRemoveAdditions(const QList<qint64> &skillIds,
                                     const QList<RoadmapGroup> &groups);
    // ... and puts them back with the same ids.
    WriteResult applyRestoreAdditions(const QList<RoadmapGroup> &groups,
                                      const SkillDeletion &skills);
    WriteResult applyGroupOrder(RoadmapGroup::Kind kind, const QList<qint64> &ids);
    WriteResult applyEvidence(EvidenceItem::Kind kind, qint64 itemId, qint64 skillId, bool linked);
    WriteResult applyTopicSkill(qint64 topicId, qint64 skillId);
    WriteResult applyInsertStudySession(const StudySession &session);
    WriteResult applyRemoveStudySession(qint64 id);

signals:
    void aboutToReset();
    void reset();
    // A skill's fields or figures changed in place.
    void skillChanged(qint64 id);
    // A stage's or category's name changed in place.
    void groupChanged(RoadmapGroup::Kind kind, qint64 id);
    // A skill's evidence links or study log changed.
    void detailsChanged(qint64 skillId);
    void studyLogChanged();

private:
    // One transaction through AreaStore::write(), for the repositories' bool-and-error style.
    template<typename Work>
    WriteResult write(Work &&work, int areas);
    // write(), then reload() when it succeeded (writes that change the tree's shape). The
    // result carries *ID when given: the id WORK stored there.
    template<typename Work>
    WriteResult writeAndReload(Work &&work, int areas, const qint64 *id = nullptr);
    // The failure of a command whose skill or session is no longer there.
    WriteResult gone();
    bool refreshSkill(qint64 id);
    void rebuildIndex();

    WorkbenchContext m_context;
    Roadmap m_roadmap;
    QHash<qint64, int> m_indexOf;
    QString m_lastError;
};
