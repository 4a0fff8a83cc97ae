// Runs where Apertium is installed, and always under DRIFT_REQUIRE_TOOLS=1 (CI installs it).
def onPath = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'apertium').canExecute() }
return onPath || System.getenv('DRIFT_REQUIRE_TOOLS') == '1'
