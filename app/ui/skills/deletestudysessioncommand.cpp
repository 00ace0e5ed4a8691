#include "deletestudysessioncommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

DeleteStudySessionCommand::DeleteStudySessionCommand(RoadmapStore *store,
                                                     const StudySession &session)
    : SkillCommand(store, QCoreApplication::translate("SkillCommands", "Delete Study Session"))
    , m_session(session)
{ }

void DeleteStudySessionCommand::redo()
{
    check(m_store->applyRemoveStudySession(m_session.id));
}

void DeleteStudySessionCommand::undo()
{
    check(m_store->applyInsertStudySession(m_session) > 0);
}
