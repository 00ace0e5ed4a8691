#include "workhistoryeditor.h"

#include "common/changevaluecommand.h"
#include "common/optionaldateedit.h"
#include "domain/resumevalidator.h"
#include "entrycommand.h"
#include "entryorder.h"
#include "plaintextfield.h"
#include "resumestore.h"

#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

WorkHistoryEditor::WorkHistoryEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditor(store, undoStack, u"work"_s, parent)
    , m_employer(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_started(new OptionalDateEdit(this))
    , m_ended(new OptionalDateEdit(this))
    , m_summary(new PlainTextField(this))
    , m_highlights(new PlainTextField(this))
{
    list()->setAccessibleName(tr("Jobs"));
    setTexts(tr("&Add job"), tr("No jobs yet. Add the jobs your resume should list."));
    m_employer->setObjectName(u"workEmployer"_s);
    m_position->setObjectName(u"workPosition"_s);
    m_location->setObjectName(u"workLocation"_s);
    m_url->setObjectName(u"workUrl"_s);
    m_started->setObjectName(u"workStarted"_s);
    m_ended->setObjectName(u"workEnded"_s);
    m_summary->setObjectName(u"workSummary"_s);
    m_highlights->setObjectName(u"workHighlights"_s);
    m_url->setPlaceholderText(tr("https://..."));
    m_ended->setToolTip(tr("Leave unset for the job you have now."));
    m_highlights->setPlaceholderText(tr("One achievement per line, with a number where you "
                                        "can: \"Cut report time from 2 days to 2 hours\""));
    addField(tr("&Employer:"), m_employer, u"employer"_s);
    addField(tr("&Position:"), m_position, u"position"_s);
    addField(tr("&Location:"), m_location, u"location"_s);
    addField(tr("&Web address:"), m_url, u"url"_s);
    addField(tr("&Started:"), m_started, u"startedOn"_s);
    addField(tr("E&nded:"), m_ended, u"endedOn"_s);
    addField(tr("S&ummary:"), m_summary, u"summary"_s);
    addField(tr("&Highlights:"), m_highlights, u"highlights"_s);
    m_started->setLabel(tr("Started"));
    m_ended->setLabel(tr("Ended"));
    for (QLineEdit *e : {m_employer, m_position, m_location, m_url})
        connect(e, &QLineEdit::editingFinished, this, &WorkHistoryEditor::commit);
    for (PlainTextField *e : {m_summary, m_highlights})
        connect(e, &PlainTextField::editingFinished, this, &WorkHistoryEditor::commit);
    for (OptionalDateEdit *d : {m_started, m_ended})
        connect(d, &OptionalDateEdit::dateChanged, this, &WorkHistoryEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Work)
            reload();
    });
}

bool WorkHistoryEditor::read()
{
    const auto entries = store()->work();
    m_entries = entries.value_or(QList<WorkEntry>());
    return entries.has_value();
}

QStringList WorkHistoryEditor::labels() const
{
    QStringList out;
    for (const WorkEntry &e : m_entries)
        //: A job in the list: "Position, Employer"
        out << (e.position.isEmpty() ? e.employer : tr("%1, %2").arg(e.position, e.employer));
    return out;
}

void WorkHistoryEditor::showEntry(int row)
{
    const WorkEntry e = m_entries.value(row);
    m_employer->setText(e.employer);
    m_position->setText(e.position);
    m_location->setText(e.location);
    m_url->setText(e.url);
    m_started->setDate(e.startedOn);
    m_ended->setDate(e.endedOn);
    m_summary->setText(e.summary);
    m_highlights->setText(e.highlights.join(u'\n'));
}

WorkEntry WorkHistoryEditor::fromForm(int row) const
{
    WorkEntry e = m_entries.value(row);
    e.employer = m_employer->text().trimmed();
    e.position = m_position->text().trimmed();
    e.location = m_location->text().trimmed();
    e.url = m_url->text().trimmed();
    e.startedOn = m_started->date();
    e.endedOn = m_ended->date();
    e.summary = m_summary->text().trimmed();
    e.highlights = EntryOrder::lines(m_highlights->text());
    return e;
}

void WorkHistoryEditor::commit()
{
    const int row = currentRow();
    if (loading() || row < 0 || row >= m_entries.size())
        return;
    const WorkEntry after = fromForm(row);
    if (!showProblems(ResumeValidator::validate(after)) || after == m_entries[row])
        return;
    ResumeStore *s = store();
    (void)StoreCommand::push(undoStack(),
                             new ChangeValueCommand<WorkEntry>(
                                 tr("Edit job at %1").arg(after.employer), m_entries[row], after,
                                 [s](const WorkEntry &v) { return s->updateWork(v); }));
}

WriteResult WorkHistoryEditor::addEntry()
{
    WorkEntry e;
    e.employer = tr("New employer");
    e.sortOrder = EntryOrder::nextSortOrder(m_entries);
    ResumeStore *s = store();
    const WriteResult r
        = StoreCommand::push(undoStack(),
                             new EntryCommand<WorkEntry>(
                                 tr("Add job"), EntryCommand<WorkEntry>::Action::Add, e,
                                 [s](const WorkEntry &v) { return s->addWork(v); },
                                 [s](qint64 id) { return s->removeWork(id); }));
    if (r.ok()) {
        m_employer->setFocus();
        m_employer->selectAll();
    }
    return r;
}

WriteResult WorkHistoryEditor::removeEntry(int row)
{
    ResumeStore *s = store();
    const WorkEntry e = m_entries.value(row);
    return StoreCommand::push(undoStack(),
                              new EntryCommand<WorkEntry>(
                                  tr("Remove job at %1").arg(e.employer),
                                  EntryCommand<WorkEntry>::Action::Remove, e,
                                  [s](const WorkEntry &v) { return s->addWork(v); },
                                  [s](qint64 id) { return s->removeWork(id); }));
}

WriteResult WorkHistoryEditor::moveEntries(const QList<int> &order)
{
    const auto after = EntryOrder::reordered(m_entries, order);
    if (!after)
        return WriteResult::failure(QString());
    ResumeStore *s = store();
    return StoreCommand::push(undoStack(),
                              new ChangeValueCommand<QList<WorkEntry>>(
                                  tr("Reorder the work history"), m_entries, *after,
                                  [s](const QList<WorkEntry> &v) { return s->reorderWork(v); }));
}
