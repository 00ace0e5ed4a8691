#include "deletestudysessioncommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

DeleteStudySessionCommand::DeleteStudySessionCommand(RoadmapStore *store,
                                                     const StudySession &session)
    : SkillCommand(store, QCoreApplication::translate("SkillCommands", "Delete Study Session"))
    , m_session(session)
{ }

WriteResult DeleteStudySessionCommand::apply()
{
    return m_store->applyRemoveStudySession(m_session.id);
}

WriteResult DeleteStudySessionCommand::revert()
{
    return m_store->applyInsertStudySession(m_session);
}
