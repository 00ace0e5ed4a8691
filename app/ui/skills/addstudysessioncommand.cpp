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

void AddStudySessionCommand::redo()
{
    const qint64 id = m_store->applyInsertStudySession(m_session);
    if (id > 0)
        m_session.id = id;
    check(id > 0);
}

void AddStudySessionCommand::undo()
{
    check(m_store->applyRemoveStudySession(m_session.id));
}
