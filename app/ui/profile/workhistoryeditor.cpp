#include "workhistoryeditor.h"

#include "common/optionaldateedit.h"
#include "entryorder.h"
#include "plaintextfield.h"
#include "resumestore.h"

#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

WorkHistoryEditor::WorkHistoryEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditorFor(store, undoStack, u"work"_s,
                         {[store] { return store->work(); },
                          [store](const WorkEntry &e) { return store->addWork(e); },
                          [store](const WorkEntry &e) { return store->updateWork(e); },
                          [store](qint64 id) { return store->removeWork(id); },
                          [store](const QList<WorkEntry> &e) {
                              return store->reorderWork(e);
                          }},
                         parent)
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
    addField(tr("E&mployer:"), m_employer, u"employer"_s);
    addField(tr("&Position:"), m_position, u"position"_s);
    addField(tr("&Location:"), m_location, u"location"_s);
    addField(tr("&Web address:"), m_url, u"url"_s);
    addField(tr("&Started:"), m_started, u"startedOn"_s);
    addField(tr("E&nded:"), m_ended, u"endedOn"_s);
    addField(tr("Summar&y:"), m_summary, u"summary"_s);
    addField(tr("H&ighlights:"), m_highlights, u"highlights"_s);
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

WorkEntry WorkHistoryEditor::newEntry() const
{
    WorkEntry e;
    e.employer = tr("New employer");
    return e;
}

QLineEdit *WorkHistoryEditor::firstField() const
{
    return m_employer;
}

QString WorkHistoryEditor::addText() const
{
    return tr("Add job");
}

QString WorkHistoryEditor::editText(const WorkEntry &e) const
{
    return tr("Edit job at %1").arg(e.employer);
}

QString WorkHistoryEditor::removeText(const WorkEntry &e) const
{
    return tr("Remove job at %1").arg(e.employer);
}

QString WorkHistoryEditor::reorderText() const
{
    return tr("Reorder the work history");
}
