// A git history made through JGit (see stale-fail): 1. the pages and their translations;
// 2. the source's install page changes a number; 3. the British install page gets front matter
// naming the revision it renders, the first (its text is unchanged: it was committed later, but
// renders the old source); then, not committed, a typo fix in the source's usage page (the work
// tree counts).
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def who = new PersonIdent('Docs Team', 'docs@example.org')
def write = { String path, String text -> def f = new File(basedir, path); f.parentFile.mkdirs(); f.setText(text, 'UTF-8') }
def commit = { Git git, String message ->
    git.add().addFilepattern('src').call()
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
}
def install = { String number -> "# Installing the station\n\nMount the station on a pole at least ${number} metres above the ground.\n\nPoint the solar panel south and keep it free of shade.\n".toString() }
def usage = 'The station measrues the wind every ten seconds. It sends an alert when the wind speed exceeds 60 km/h.\n'

def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    write('src/docs/en/install.md', install('two'))
    write('src/docs/en-GB/install.md', install('two'))
    write('src/docs/fr/install.md', "# Installer la station\n\nMontez la station sur un poteau à au moins deux mètres du sol.\n\nOrientez le panneau solaire vers le sud et gardez-le à l'abri de l'ombre.\n")
    write('src/docs/en/usage.md', usage)
    write('src/docs/en-GB/usage.md', usage.replace('measrues', 'measures'))
    write('src/docs/fr/usage.md', 'La station mesure le vent toutes les dix secondes. Elle envoie une alerte quand le vent dépasse 60 km/h.\n')
    def first = commit(git, 'Pages and their translations')
    write('src/docs/en/install.md', install('three'))
    commit(git, 'Three metres')
    write('src/docs/en-GB/install.md', "---\nsource-revision: ${first.name()}\n---\n".toString() + install('two'))
    commit(git, 'British install page: name the source revision it renders')
    write('src/docs/en/usage.md', usage.replace('measrues', 'measures'))
} finally {
    git.close()
}
return true
