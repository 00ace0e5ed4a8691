#include "addstudysessioncommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>
#include <QLocale>

AddStudySessionCommand::AddStudySessionCommand(RoadmapStore *store, const StudySession &session)
    : SkillCommand(store,
                   QCoreApplication::translate("SkillCommands", "Log %n Minute(s) of Study",
                                               nullptr, session.minutes))
    , m_session(session)
{ }

WriteResult AddStudySessionCommand::apply()
{
    const WriteResult r = m_store->applyInsertStudySession(m_session);
    if (r.ok())
        m_session.id = r.id();
    return r;
}

WriteResult AddStudySessionCommand::revert()
{
    return m_store->applyRemoveStudySession(m_session.id);
}
