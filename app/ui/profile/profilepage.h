#pragma once

#include "common/page.h"

class AddressEditor;
class ContactEditor;
class EducationEditor;
class LanguagesEditor;
class LinksEditor;
class QTabWidget;
class ResumeStore;
class WorkHistoryEditor;

// The Profile page: the material a resume is made of, edited in place. Tabs for the header
// and links, the work history, education and languages; every edit is undoable, problems show
// beside their fields, and lists are reordered by drag (or Move up/down).
class ProfilePage : public Page
{
    Q_OBJECT
public:
    explicit ProfilePage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Profile"); }
    void reload() override;

    ResumeStore *store() const { return m_store; }

private:
    ResumeStore *m_store;
    QTabWidget *m_tabs;
    ContactEditor *m_contact;
    AddressEditor *m_address;
    LinksEditor *m_links;
    WorkHistoryEditor *m_work;
    EducationEditor *m_education;
    LanguagesEditor *m_languages;
};
