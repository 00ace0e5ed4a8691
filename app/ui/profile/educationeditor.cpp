#include "educationeditor.h"

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

EducationEditor::EducationEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : EntryListEditor(store, undoStack, u"education"_s, parent)
    , m_institution(new QLineEdit(this))
    , m_area(new QLineEdit(this))
    , m_studyType(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_started(new OptionalDateEdit(this))
    , m_ended(new OptionalDateEdit(this))
    , m_score(new QLineEdit(this))
    , m_courses(new PlainTextField(this))
{
    list()->setAccessibleName(tr("Education"));
    setTexts(tr("&Add education"), tr("No education yet. Add degrees, diplomas and long courses."));
    m_institution->setObjectName(u"educationInstitution"_s);
    m_area->setObjectName(u"educationArea"_s);
    m_studyType->setObjectName(u"educationStudyType"_s);
    m_url->setObjectName(u"educationUrl"_s);
    m_started->setObjectName(u"educationStarted"_s);
    m_ended->setObjectName(u"educationEnded"_s);
    m_score->setObjectName(u"educationScore"_s);
    m_courses->setObjectName(u"educationCourses"_s);
    m_area->setPlaceholderText(tr("e.g. Computer Science"));
    m_studyType->setPlaceholderText(tr("e.g. Bachelor, Master, Diploma"));
    m_score->setPlaceholderText(tr("e.g. 3.8 GPA, First-class honours"));
    m_url->setPlaceholderText(tr("https://..."));
    m_courses->setPlaceholderText(tr("One course per line"));
    addField(tr("&Institution:"), m_institution, u"institution"_s);
    addField(tr("A&rea of study:"), m_area, u"area"_s);
    addField(tr("&Degree:"), m_studyType, u"studyType"_s);
    addField(tr("&Web address:"), m_url, u"url"_s);
    addField(tr("&Started:"), m_started, u"startedOn"_s);
    addField(tr("E&nded:"), m_ended, u"endedOn"_s);
    addField(tr("Sc&ore:"), m_score, u"score"_s);
    addField(tr("&Courses:"), m_courses, u"courses"_s);
    m_started->setLabel(tr("Started"));
    m_ended->setLabel(tr("Ended"));
    for (QLineEdit *e : {m_institution, m_area, m_studyType, m_url, m_score})
        connect(e, &QLineEdit::editingFinished, this, &EducationEditor::commit);
    connect(m_courses, &PlainTextField::editingFinished, this, &EducationEditor::commit);
    for (OptionalDateEdit *d : {m_started, m_ended})
        connect(d, &OptionalDateEdit::dateChanged, this, &EducationEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Education)
            reload();
    });
}

bool EducationEditor::read()
{
    const auto entries = store()->education();
    m_entries = entries.value_or(QList<EducationEntry>());
    return entries.has_value();
}

QStringList EducationEditor::labels() const
{
    QStringList out;
    for (const EducationEntry &e : m_entries) {
        const QString what = QStringList {e.studyType, e.area}.join(u' ').trimmed();
        //: Education in the list: "Degree Area, Institution"
        out << (what.isEmpty() ? e.institution : tr("%1, %2").arg(what, e.institution));
    }
    return out;
}

void EducationEditor::showEntry(int row)
{
    const EducationEntry e = m_entries.value(row);
    m_institution->setText(e.institution);
    m_area->setText(e.area);
    m_studyType->setText(e.studyType);
    m_url->setText(e.url);
    m_started->setDate(e.startedOn);
    m_ended->setDate(e.endedOn);
    m_score->setText(e.score);
    m_courses->setText(e.courses.join(u'\n'));
}

EducationEntry EducationEditor::fromForm(int row) const
{
    EducationEntry e = m_entries.value(row);
    e.institution = m_institution->text().trimmed();
    e.area = m_area->text().trimmed();
    e.studyType = m_studyType->text().trimmed();
    e.url = m_url->text().trimmed();
    e.startedOn = m_started->date();
    e.endedOn = m_ended->date();
    e.score = m_score->text().trimmed();
    e.courses = EntryOrder::lines(m_courses->text());
    return e;
}

void EducationEditor::commit()
{
    const int row = currentRow();
    if (loading() || row < 0 || row >= m_entries.size())
        return;
    const EducationEntry after = fromForm(row);
    if (!showProblems(ResumeValidator::validate(after)) || after == m_entries[row])
        return;
    ResumeStore *s = store();
    (void)StoreCommand::push(undoStack(),
                             new ChangeValueCommand<EducationEntry>(
                                 tr("Edit education at %1").arg(after.institution), m_entries[row],
                                 after,
                                 [s](const EducationEntry &v) { return s->updateEducation(v); }));
}

WriteResult EducationEditor::addEntry()
{
    EducationEntry e;
    e.institution = tr("New institution");
    e.sortOrder = EntryOrder::nextSortOrder(m_entries);
    ResumeStore *s = store();
    const WriteResult r
        = StoreCommand::push(undoStack(),
                             new EntryCommand<EducationEntry>(
                                 tr("Add education"), EntryCommand<EducationEntry>::Action::Add, e,
                                 [s](const EducationEntry &v) { return s->addEducation(v); },
                                 [s](qint64 id) { return s->removeEducation(id); }));
    if (r.ok()) {
        m_institution->setFocus();
        m_institution->selectAll();
    }
    return r;
}

WriteResult EducationEditor::removeEntry(int row)
{
    ResumeStore *s = store();
    const EducationEntry e = m_entries.value(row);
    return StoreCommand::push(undoStack(),
                              new EntryCommand<EducationEntry>(
                                  tr("Remove education at %1").arg(e.institution),
                                  EntryCommand<EducationEntry>::Action::Remove, e,
                                  [s](const EducationEntry &v) { return s->addEducation(v); },
                                  [s](qint64 id) { return s->removeEducation(id); }));
}

WriteResult EducationEditor::moveEntries(const QList<int> &order)
{
    const auto after = EntryOrder::reordered(m_entries, order);
    if (!after)
        return WriteResult::failure(QString());
    ResumeStore *s = store();
    return StoreCommand::push(
        undoStack(),
        new ChangeValueCommand<QList<EducationEntry>>(
            tr("Reorder education"), m_entries, *after,
            [s](const QList<EducationEntry> &v) { return s->reorderEducation(v); }));
}
